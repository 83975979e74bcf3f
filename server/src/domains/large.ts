/**
 * The large account's domains (`seed-large`, after billing/large.ts created the account):
 * 2,000 domains with 40,000 DNS records in total by default — .de, .com, .eu, .net and .org,
 * every 100th with other nameservers (no zone here), expiry dates over the coming year (a few
 * within 30 days), some without auto-renew or transfer lock, a few expired or in transfer.
 * Each zone holds the usual web and mail records, then hosts up to its share of records, and
 * passes every DNS rule. One transaction, statements prepared once: well under a second.
 */
import type { DnsRecord, DomainStatus } from '../../../src/shared/domains/types';
import { LARGE_EMAIL } from '../billing/large';
import { findUserByEmail } from '../auth/users';
import { addDays, berlinDate } from '../billing/dates';
import type { Db } from '../db';
import { OUR_NAMESERVERS } from './domains';
import { DomainWriter } from './writer';

export const DEFAULT_LARGE_DOMAINS = 2_000;
export const DEFAULT_LARGE_RECORDS = 40_000;

const TLDS = ['de', 'com', 'eu', 'net', 'org'] as const;
const EXTERNAL_EVERY = 100;

export interface SeedLargeDomainsResult {
  /** false when the account had domains already (nothing was added) */
  created: boolean;
  domains: number;
  records: number;
}

type Rec = Omit<DnsRecord, 'id'>;

/** The usual records of a zone (11), then `host-<n>` A records up to `count`. */
function zoneRecords(domain: string, i: number, count: number): Rec[] {
  const v4 = (n: number) => `198.51.${100 + (n % 100)}.${1 + (n % 250)}`;
  const usual: Rec[] = [
    { name: '@', type: 'A', ttl: 3600, value: v4(i) },
    { name: '@', type: 'AAAA', ttl: 3600, value: `2001:db8:${(i % 65535).toString(16)}::1` },
    { name: 'www', type: 'CNAME', ttl: 3600, value: `web${i % 7}.kundencenter.example` },
    { name: '@', type: 'MX', ttl: 3600, value: 'mx1.kundencenter.example', priority: 10 },
    { name: '@', type: 'MX', ttl: 3600, value: 'mx2.kundencenter.example', priority: 20 },
    { name: '@', type: 'TXT', ttl: 3600, value: 'v=spf1 include:_spf.kundencenter.example ~all' },
    {
      name: '_dmarc',
      type: 'TXT',
      ttl: 3600,
      value: `v=DMARC1; p=none; rua=mailto:dmarc@${domain}`,
    },
    { name: 'sip', type: 'A', ttl: 3600, value: v4(i + 1) },
    {
      name: '_sip._tcp',
      type: 'SRV',
      ttl: 3600,
      value: `sip.${domain}`,
      priority: 10,
      weight: 50,
      port: 5060,
    },
    { name: '@', type: 'CAA', ttl: 86400, value: 'letsencrypt.org', flags: 0, tag: 'issue' },
    { name: 'autodiscover', type: 'CNAME', ttl: 3600, value: 'autodiscover.kundencenter.example' },
  ];
  const records = usual.slice(0, count);
  for (let n = records.length; n < count; n++) {
    records.push({ name: `host-${n}`, type: 'A', ttl: 600, value: v4(i * 31 + n) });
  }
  return records;
}

function statusOf(i: number): DomainStatus {
  if (i % 400 === 7) return 'transfer_pending';
  if (i % 500 === 13) return 'expired';
  return 'active';
}

/** Adds the domains to the large account unless it has some (idempotent). */
export function seedLargeDomains(
  db: Db,
  opts: { domains?: number; records?: number; now?: number } = {},
): SeedLargeDomainsResult {
  const total = opts.domains ?? DEFAULT_LARGE_DOMAINS;
  const recordTotal = opts.records ?? DEFAULT_LARGE_RECORDS;
  if (!Number.isInteger(total) || total < 1 || total > 100_000) {
    throw new Error(`domains must be a whole number from 1 to 100,000: ${total}`);
  }
  const now = opts.now ?? Date.now();
  const user = findUserByEmail(db, LARGE_EMAIL);
  if (!user) throw new Error(`${LARGE_EMAIL} does not exist yet`);
  const customerId = user.customer_id;
  return db
    .transaction((): SeedLargeDomainsResult => {
      const existing = db
        .prepare(
          `SELECT COUNT(*) AS domains,
             (SELECT COUNT(*) FROM dns_records WHERE customer_id = @id) AS records
           FROM domains WHERE customer_id = @id`,
        )
        .get({ id: customerId }) as { domains: number; records: number };
      if (existing.domains > 0) return { created: false, ...existing };

      const today = berlinDate(now);
      const writer = new DomainWriter(db, now);
      const external = (i: number) => i % EXTERNAL_EVERY === EXTERNAL_EVERY - 1;
      const zones = Array.from({ length: total }, (_, i) => i).filter((i) => !external(i)).length;
      const base = zones === 0 ? 0 : Math.floor(recordTotal / zones);
      let extra = zones === 0 ? 0 : recordTotal - base * zones;
      let records = 0;
      for (let i = 0; i < total; i++) {
        const tld = TLDS[i % TLDS.length] ?? 'de';
        const name = `grossmann-${String(i + 1).padStart(4, '0')}.${tld}`;
        let count = 0;
        if (!external(i)) {
          count = base + (extra > 0 ? 1 : 0);
          if (extra > 0) extra--;
        }
        const status = statusOf(i);
        writer.add(customerId, {
          name,
          status,
          registeredAt: addDays(today, -((i * 7) % 3650) - 30),
          expiresAt: status === 'expired' ? addDays(today, -10) : addDays(today, 1 + (i % 365)),
          autoRenew: i % 10 !== 3,
          transferLock: i % 20 !== 5,
          contractId: null,
          nameservers: external(i)
            ? [`ns1.extern-${i % 3}.example`, `ns2.extern-${i % 3}.example`]
            : [...OUR_NAMESERVERS],
          records: zoneRecords(name, i, count),
        });
        records += count;
      }
      writer.done(customerId);
      return { created: true, domains: total, records };
    })
    .immediate();
}
