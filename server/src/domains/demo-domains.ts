/**
 * "Domains" demo data, relative to the day it is seeded (idempotent, once per customer; after
 * the team demo, whose contacts the domains name, and the products demo, whose contracts they
 * belong to).
 *
 * K-100234 (company):
 * - muster-webdesign.de (V-100234-05): the full zone — A/AAAA for @ and www, CNAMEs, two MX,
 *   SPF, DMARC at _dmarc, a DKIM key longer than 255 characters at mail._domainkey, SRV
 *   _sip._tcp, CAA issue letsencrypt.org
 * - muster-webdesign-shop.de (V-100234-05): expires in 12 days, auto-renew off
 * - erika-mustermann.de (V-100234-05): other nameservers (no zone here), transfer lock off
 * - muster-webdesign.com (V-100234-07, ended about two months ago): expired on the contract's
 *   end date
 * - muster-webdesign.eu: no contract, web and mail
 * K-100235 (person): max-mustermann.de (V-100235-01). K-100236 (person): erika-garten.de.
 */
import { createHash } from 'node:crypto';
import type { DnsRecord } from '../../../src/shared/domains/types';
import { addDays, berlinDate } from '../billing/dates';
import type { Db } from '../db';
import { OUR_NAMESERVERS } from './domains';
import { DomainWriter, type NewDomain } from './writer';

type Rec = Omit<DnsRecord, 'id'>;

const OURS = [...OUR_NAMESERVERS];
const EXTERNAL = ['ns1.erika-dns.example', 'ns2.erika-dns.example'];

/** A DKIM public key record as a mail provider hands it out (2048 bit: ~400 characters). */
function dkimRecord(domain: string): string {
  let bytes = Buffer.alloc(0);
  for (let i = 0; bytes.length < 294; i++) {
    const block = createHash('sha256').update(`${domain}:dkim:${i}`).digest();
    bytes = Buffer.concat([bytes, block]);
  }
  return `v=DKIM1; k=rsa; p=${bytes.subarray(0, 294).toString('base64')}`;
}

function webAndMail(domain: string, v4: string, v6: string): Rec[] {
  return [
    { name: '@', type: 'A', ttl: 3600, value: v4 },
    { name: '@', type: 'AAAA', ttl: 3600, value: v6 },
    { name: 'www', type: 'A', ttl: 3600, value: v4 },
    { name: 'www', type: 'AAAA', ttl: 3600, value: v6 },
    { name: '@', type: 'MX', ttl: 3600, value: 'mx1.kundencenter.example', priority: 10 },
    { name: '@', type: 'MX', ttl: 3600, value: 'mx2.kundencenter.example', priority: 20 },
    {
      name: '@',
      type: 'TXT',
      ttl: 3600,
      value: 'v=spf1 include:_spf.kundencenter.example ~all',
    },
    {
      name: '_dmarc',
      type: 'TXT',
      ttl: 3600,
      value: `v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}; adkim=s; aspf=s`,
    },
  ];
}

function fullZone(domain: string): Rec[] {
  return [
    ...webAndMail(domain, '203.0.113.10', '2001:db8:10::10'),
    { name: 'shop', type: 'CNAME', ttl: 3600, value: 'muster-webdesign-shop.de' },
    { name: 'webmail', type: 'CNAME', ttl: 3600, value: 'webmail.kundencenter.example' },
    { name: 'mail._domainkey', type: 'TXT', ttl: 3600, value: dkimRecord(domain) },
    { name: 'sip', type: 'A', ttl: 3600, value: '203.0.113.20' },
    {
      name: '_sip._tcp',
      type: 'SRV',
      ttl: 3600,
      value: `sip.${domain}`,
      priority: 10,
      weight: 60,
      port: 5060,
    },
    { name: '@', type: 'CAA', ttl: 86400, value: 'letsencrypt.org', flags: 0, tag: 'issue' },
  ];
}

const webOnly = (v4: string): Rec[] => [
  { name: '@', type: 'A', ttl: 3600, value: v4 },
  { name: 'www', type: 'CNAME', ttl: 3600, value: 'web.kundencenter.example' },
];

function plans(
  db: Db,
  today: string,
  contact: (email: string) => number | undefined,
): Record<string, NewDomain[]> {
  const comEnd =
    (
      db.prepare(`SELECT end_date FROM contracts WHERE id = 'V-100234-07'`).get() as
        { end_date: string | null } | undefined
    )?.end_date ?? addDays(today, -60);
  const company = contact('info@muster-webdesign.example');
  const erika = contact('demo@kundencenter.example');
  const jonas = contact('jonas.weber@muster-webdesign.example');
  const usual = { owner: company, admin: erika, tech: jonas, zone: jonas };
  const known = (c: Record<string, number | undefined>) =>
    Object.fromEntries(Object.entries(c).filter(([, id]) => id !== undefined)) as Record<
      string,
      number
    >;
  const base = {
    status: 'active' as const,
    autoRenew: true,
    transferLock: true,
    nameservers: OURS,
  };
  return {
    'K-100234': [
      {
        ...base,
        name: 'muster-webdesign.de',
        registeredAt: addDays(today, -6 * 365 - 225),
        expiresAt: addDays(today, 140),
        contractId: 'V-100234-05',
        records: fullZone('muster-webdesign.de'),
      },
      {
        ...base,
        name: 'muster-webdesign-shop.de',
        registeredAt: addDays(today, -2 * 365 + 12),
        expiresAt: addDays(today, 12),
        autoRenew: false,
        contractId: 'V-100234-05',
        records: webAndMail('muster-webdesign-shop.de', '203.0.113.11', '2001:db8:10::11'),
      },
      {
        ...base,
        name: 'erika-mustermann.de',
        registeredAt: addDays(today, -9 * 365 - 100),
        expiresAt: addDays(today, 265),
        transferLock: false,
        contractId: 'V-100234-05',
        nameservers: EXTERNAL,
        records: [],
      },
      {
        ...base,
        name: 'muster-webdesign.com',
        status: 'expired',
        registeredAt: addDays(comEnd, -3 * 365),
        expiresAt: comEnd,
        autoRenew: false,
        contractId: 'V-100234-07',
        records: webOnly('203.0.113.10'),
        contacts: known(usual),
      },
      {
        ...base,
        name: 'muster-webdesign.eu',
        registeredAt: addDays(today, -400),
        expiresAt: addDays(today, 330),
        contractId: null,
        records: webAndMail('muster-webdesign.eu', '203.0.113.12', '2001:db8:10::12'),
        contacts: known(usual),
      },
    ],
    'K-100235': [
      {
        ...base,
        name: 'max-mustermann.de',
        registeredAt: addDays(today, -150),
        expiresAt: addDays(today, 215),
        contractId: 'V-100235-01',
        records: webAndMail('max-mustermann.de', '198.51.100.7', '2001:db8:20::7'),
      },
    ],
    'K-100236': [
      {
        ...base,
        name: 'erika-garten.de',
        registeredAt: addDays(today, -800),
        expiresAt: addDays(today, 95),
        contractId: null,
        records: webOnly('198.51.100.8'),
      },
    ],
  };
}

/** The demo domains of every demo customer that has none yet (recorded in `meta`). */
export function seedDemoDomains(db: Db, now: number): void {
  const today = berlinDate(now);
  db.transaction(() => {
    const customerOf = db.prepare('SELECT id FROM customers WHERE customer_number = ?');
    const contactOf = db.prepare('SELECT id FROM contacts WHERE customer_id = ? AND email = ?');
    const writer = new DomainWriter(db, now);
    for (const number of ['K-100234', 'K-100235', 'K-100236']) {
      const key = `demo_domains:${number}`;
      if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(key)) continue;
      const customer = customerOf.get(number) as { id: number } | undefined;
      if (!customer) continue;
      const contact = (email: string) =>
        (contactOf.get(customer.id, email) as { id: number } | undefined)?.id;
      for (const domain of plans(db, today, contact)[number] ?? []) {
        writer.add(customer.id, domain);
      }
      writer.done(customer.id);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, String(now));
    }
  }).immediate();
}
