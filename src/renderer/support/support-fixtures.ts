/** Canned "Support" answers for component tests. */
import type { Cached } from '../../shared/domain';
import type { DomainSummary } from '../../shared/domains/types';
import type { ContractSummary } from '../../shared/products/types';
import type { OutboxEntry, TicketView } from '../../shared/support/ipc';
import type { Ticket } from '../../shared/support/types';
import { ok, type Handler } from '../test-support/fake-kc';
import type { ChannelName } from '../../shared/ipc-names';

export const SYNCED_AT = '2026-11-25T13:03:00Z';

export function cached<T>(data: T): Cached<T> {
  return { data, syncedAt: SYNCED_AT };
}

export const TICKETS: Ticket[] = [
  {
    id: 't1',
    number: 'T-100004',
    subject: 'Mailpostfach nimmt keine Mails an',
    department: 'technik',
    priority: 'high',
    status: 'answered',
    related: [{ kind: 'domain', id: 'mustermann.de', label: 'mustermann.de' }],
    createdAt: '2026-11-20T09:00:00Z',
    lastActivityAt: '2026-11-25T10:15:00Z',
    unread: true,
    lastMessagePreview: 'Wir haben das Postfach geprüft …',
  },
  {
    id: 't2',
    number: 'T-100003',
    subject: 'Rechnung doppelt abgebucht',
    department: 'buchhaltung',
    priority: 'normal',
    status: 'open',
    related: [],
    createdAt: '2026-11-10T08:00:00Z',
    lastActivityAt: '2026-11-18T16:40:00Z',
    unread: false,
    lastMessagePreview: 'Bitte prüfen Sie die Abbuchung.',
  },
  {
    id: 't3',
    number: 'T-100001',
    subject: 'SSL-Zertifikat erneuern',
    department: 'technik',
    priority: 'low',
    status: 'closed',
    related: [],
    createdAt: '2026-10-01T08:00:00Z',
    lastActivityAt: '2026-10-03T12:00:00Z',
    unread: false,
    lastMessagePreview: 'Erledigt, danke.',
  },
];

export const THREAD: TicketView = {
  ...TICKETS[0]!,
  messages: [
    {
      id: 'm1',
      ticketId: 't1',
      author: 'customer',
      authorName: 'Erika Mustermann',
      body: 'Seit heute kommen keine Mails an.',
      createdAt: '2026-11-20T09:00:00Z',
      attachments: [{ id: 'a1', fileName: 'fehler.png', mimeType: 'image/png', size: 2048 }],
    },
    {
      id: 'm2',
      ticketId: 't1',
      author: 'staff',
      authorName: 'Jonas Becker',
      body: 'Wir haben das Postfach geprüft und den Filter korrigiert.',
      createdAt: '2026-11-25T10:15:00Z',
      attachments: [{ id: 'a2', fileName: 'protokoll.txt', mimeType: 'text/plain', size: 12 }],
    },
  ],
  pending: [],
};

export const CLOSED_THREAD: TicketView = {
  ...TICKETS[2]!,
  messages: [
    {
      id: 'm9',
      ticketId: 't3',
      author: 'staff',
      authorName: 'Jonas Becker',
      body: 'Das Zertifikat ist erneuert.',
      createdAt: '2026-10-03T12:00:00Z',
      attachments: [],
    },
  ],
  pending: [],
};

export function pendingEntry(over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 'o1',
    ticketId: 't1',
    body: 'Danke, jetzt geht es wieder.',
    attachments: [],
    createdAt: '2026-11-25T14:00:00Z',
    state: 'pending',
    ...over,
  };
}

export const CONTRACTS: ContractSummary[] = [
  {
    id: 'c1',
    contractNumber: 'V-2024-0001',
    productType: 'webhosting',
    productName: 'Webhosting Business',
    status: 'active',
    priceCents: 1299,
    billingCycleMonths: 1,
    nextRenewal: '2027-01-01',
    endDate: null,
    domains: ['mustermann.de', 'mustermann-shop.de'],
    cancellationRequested: false,
    startDate: '2024-01-01',
    minimumTermMonths: 12,
    renewalPeriodMonths: 12,
    noticePeriod: { unit: 'months', amount: 1 },
  },
];

const domain = (name: string): DomainSummary => ({
  name,
  tld: name.split('.').pop()!,
  status: 'active',
  expiresAt: '2027-06-01',
  autoRenew: true,
  transferLock: true,
  contractId: null,
  recordCount: 3,
});

/** Handlers for every support channel (and contracts:list, domains:list), answering the fixtures. */
export function supportHandlers(): Partial<Record<ChannelName, Handler>> {
  const threads: Record<string, TicketView> = { t1: THREAD, t3: CLOSED_THREAD };
  return {
    'tickets:list': () => ok(cached(TICKETS)),
    'tickets:get': (input) => {
      const thread = threads[(input as { id: string }).id];
      return ok(thread ? cached(thread) : null);
    },
    'contracts:list': () => ok(cached(CONTRACTS)),
    // the Domains list: what a ticket can name (one domain here is in no contract's list)
    'domains:list': () =>
      ok(cached(['mustermann.de', 'mustermann-shop.de', 'erika-mustermann.de'].map(domain))),
    'outbox:list': () => ok([]),
    'support:unread': () => ok(1),
    'settings:get': () =>
      ok({
        language: 'de',
        invoicePdfYears: 3,
        idleLockMinutes: 5,
        credentialsUnlock: 'password',
        offlineCredentials: false,
        notifyTicketReplies: true,
        notifyTicketClosed: true,
      }),
  };
}
