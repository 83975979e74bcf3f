/** Domains, contacts and a zone as main would hand them out, for this folder's screen tests. */
import type { DnsSaveResult, DomainWriteResult } from '../../shared/domains/ipc';
import type { DnsZone, DomainDetail, DomainSummary } from '../../shared/domains/types';
import type { Cached } from '../../shared/domain';
import type { ChannelName } from '../../shared/ipc-names';
import type { Contact } from '../../shared/team/types';
import { ok, type Handler } from '../test-support/fake-kc';
import { localDate } from './expiry';

export const SYNCED_AT = '2026-11-25T13:03:00Z';
export const cached = <T>(data: T): Cached<T> => ({ data, syncedAt: SYNCED_AT });

const inDays = (days: number) => localDate(new Date(Date.now() + days * 86_400_000));

const summary = (name: string, expiresAt: string, extra: Partial<DomainSummary> = {}) => ({
  name,
  tld: name.split('.').pop()!,
  status: 'active' as const,
  expiresAt,
  autoRenew: true,
  transferLock: true,
  contractId: null,
  recordCount: 3,
  ...extra,
});

export const LIST: DomainSummary[] = [
  summary('bald-weg.com', inDays(10), { autoRenew: false }),
  summary('muster-shop.de', inDays(200), { transferLock: false }),
  summary('muster-webdesign.de', inDays(300)),
];

const contact = (id: string, firstName: string, lastName: string): Contact => ({
  id,
  kind: 'person',
  firstName,
  lastName,
  organization: null,
  email: `${firstName.toLowerCase()}@example.de`,
  phone: '+4930123456',
  address: { street: 'Musterstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  usedByDomains: [],
  updatedAt: SYNCED_AT,
});

export const CONTACTS: Contact[] = [
  contact('ct-erika', 'Erika', 'Mustermann'),
  contact('ct-max', 'Max', 'Muster'),
];

export const DETAIL: DomainDetail = {
  ...LIST[2]!,
  registeredAt: '2019-04-01',
  nameservers: ['ns1.kundencenter.example', 'ns2.kundencenter.example'],
  usesOurNameservers: true,
  contacts: {
    owner: { contactId: 'ct-erika', name: 'Erika Mustermann' },
    admin: { contactId: 'ct-erika', name: 'Erika Mustermann' },
    tech: { contactId: 'ct-max', name: 'Max Muster' },
    zone: { contactId: 'ct-max', name: 'Max Muster' },
  },
  authCode: null,
  etag: '"d1"',
};

export const ZONE: DnsZone = {
  domain: 'muster-webdesign.de',
  etag: '"z1"',
  updatedAt: SYNCED_AT,
  records: [
    { id: 'r1', name: '@', type: 'A', ttl: 3600, value: '192.0.2.10' },
    { id: 'r2', name: 'www', type: 'CNAME', ttl: 3600, value: 'muster-webdesign.de' },
    { id: 'r3', name: '@', type: 'MX', ttl: 3600, value: 'mail.muster-webdesign.de', priority: 10 },
  ],
};

/** Handlers answering like main for K-100234 with these domains, saving whatever is sent. */
export function domainsHandlers(): Partial<Record<ChannelName, Handler>> {
  return {
    'domains:list': () => ok(cached(LIST)),
    'domains:get': () => ok(cached(DETAIL)),
    'contacts:list': () => ok(cached(CONTACTS)),
    'dns:get': () => ok(cached(ZONE)),
    'domains:update': (input) => {
      const { name: _name, etag: _etag, ...change } = input as Record<string, unknown>;
      const result: DomainWriteResult = {
        status: 'saved',
        domain: { ...DETAIL, ...change, etag: '"d2"' },
      };
      return ok(result);
    },
    'domains:setContacts': () => ok({ status: 'saved', domain: { ...DETAIL, etag: '"d2"' } }),
    'domains:authCode': () =>
      ok({ domain: DETAIL.name, code: 'Ab3+Cd4-Ef5', validUntil: '2026-12-25T13:03:00Z' }),
    'dns:save': (input) => {
      const { records } = input as { records: DnsZone['records'] };
      const result: DnsSaveResult = {
        status: 'saved',
        zone: { ...ZONE, etag: '"z2"', records: records.map((r, i) => ({ ...r, id: `s${i}` })) },
      };
      return ok(result);
    },
  };
}
