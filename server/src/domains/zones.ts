/**
 * DNS zones: the records of a domain whose nameservers are the provider's. A save replaces
 * the whole zone in one transaction after validateZone (src/shared/domains/dns-rules.ts)
 * found nothing; any issue refuses it as a whole (422 `dns_invalid` with `issues`). A zone's
 * ETag changes with every save.
 */
import { randomBytes } from 'node:crypto';
import { normalizeRecord, validateZone } from '../../../src/shared/domains/dns-rules';
import type { DnsRecord, DnsRecordType, DnsZone } from '../../../src/shared/domains/types';
import { ifMatchMatches } from '../account/account';
import { ApiProblem } from '../auth/rights';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { preconditionFailed, requireIfMatch } from './domain-writes';
import { decodeNameCursor, domainRow, type DomainRow } from './domains';
import { bumpVersions, tagOf, versionsOf } from './versions';

export const DEFAULT_ZONE_LIMIT = 100;

interface RecordRow {
  id: string;
  domain: string;
  name: string;
  type: DnsRecordType;
  ttl: number;
  value: string;
  priority: number | null;
  weight: number | null;
  port: number | null;
  flags: number | null;
  tag: string | null;
}

const OPTIONAL = ['priority', 'weight', 'port', 'flags', 'tag'] as const;

function toRecord(r: RecordRow): DnsRecord {
  const record: DnsRecord = { id: r.id, name: r.name, type: r.type, ttl: r.ttl, value: r.value };
  for (const key of OPTIONAL) {
    const v = r[key];
    if (v !== null) (record as unknown as Record<string, unknown>)[key] = v;
  }
  return record;
}

export function zoneTag(
  row: Pick<DomainRow, 'customer_id' | 'name' | 'zone_version' | 'zone_updated_at'>,
) {
  return tagOf('zone', row.customer_id, row.name, row.zone_version, row.zone_updated_at);
}

function zoneOf(row: DomainRow, records: DnsRecord[]): DnsZone {
  return {
    domain: row.name,
    etag: zoneTag(row),
    updatedAt: new Date(row.zone_updated_at).toISOString(),
    records,
  };
}

/** The zone of a domain whose nameservers are ours: 409 `zone_external` otherwise. */
export function zoneRow(db: Db, customerId: number, name: string): DomainRow {
  const row = domainRow(db, customerId, name);
  if (row.own_zone !== 1) {
    throw new ApiProblem(409, 'zone_external', {}, 'The zone is served elsewhere', {
      detail: 'The domain uses other nameservers; its records are kept there.',
    });
  }
  return row;
}

function recordsOf(db: Db, domain: string): DnsRecord[] {
  return (
    db
      .prepare('SELECT * FROM dns_records WHERE domain = ? ORDER BY position')
      .all(domain) as RecordRow[]
  ).map(toRecord);
}

export function loadZone(db: Db, customerId: number, name: string): DnsZone {
  const row = zoneRow(db, customerId, name);
  return zoneOf(row, recordsOf(db, row.name));
}

// ---------------------------------------------------------------------------------------------
// Every zone of the customer, a page of domains at a time (`z1.<domain>`)

const CURSOR = /^z1\.([a-z0-9.-]{1,253})$/;

export function zonePage(
  db: Db,
  customerId: number,
  query: { cursor?: string; limit?: number },
): { items: DnsZone[]; nextCursor: string | null } {
  const after = decodeNameCursor(query.cursor, CURSOR);
  const limit = query.limit ?? DEFAULT_ZONE_LIMIT;
  const rows = db
    .prepare(
      `SELECT * FROM domains WHERE customer_id = ? AND own_zone = 1 AND (? IS NULL OR name > ?)
       ORDER BY name LIMIT ?`,
    )
    .all(customerId, after, after, limit + 1) as DomainRow[];
  const page = rows.slice(0, limit);
  const first = page[0];
  const last = page[page.length - 1];
  const byDomain = new Map<string, DnsRecord[]>(page.map((r) => [r.name, []]));
  if (first && last) {
    // one range read over the (customer, domain, position) index for the whole page
    const records = db
      .prepare(
        `SELECT * FROM dns_records WHERE customer_id = ? AND domain >= ? AND domain <= ?
         ORDER BY domain, position`,
      )
      .all(customerId, first.name, last.name) as RecordRow[];
    for (const r of records) byDomain.get(r.domain)?.push(toRecord(r));
  }
  return {
    items: page.map((r) => zoneOf(r, byDomain.get(r.name) ?? [])),
    nextCursor: rows.length > limit && last ? `z1.${last.name}` : null,
  };
}

/** Covers every zone of the customer (a save anywhere bumps the version). */
export function zoneListTag(
  db: Db,
  instance: string,
  customerId: number,
  query: { cursor?: string; limit?: number },
): string {
  const { n } = db
    .prepare('SELECT COUNT(*) AS n FROM domains WHERE customer_id = ? AND own_zone = 1')
    .get(customerId) as { n: number };
  return tagOf('dns-zones', instance, customerId, versionsOf(db, customerId).zones, n, query);
}

// ---------------------------------------------------------------------------------------------
// Saving

// a random prefix per process and a counter: unique, and cheap for 40,000 records at once
const ID_PREFIX = randomBytes(6).toString('hex');
let idCounter = 0;
export const newRecordId = () => `rec_${ID_PREFIX}${(idCounter++).toString(36)}`;

/** A function inserting records at positions 0… of a zone (statement prepared once). */
export function recordInserter(db: Db) {
  const insert = db.prepare(
    `INSERT INTO dns_records (id, domain, customer_id, name, type, ttl, value, priority, weight,
       port, flags, tag, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (customerId: number, domain: string, records: readonly DnsRecord[]) => {
    records.forEach((r, position) => {
      insert.run(
        r.id,
        domain,
        customerId,
        r.name,
        r.type,
        r.ttl,
        r.value,
        r.priority ?? null,
        r.weight ?? null,
        r.port ?? null,
        r.flags ?? null,
        r.tag ?? null,
        position,
      );
    });
  };
}

/**
 * Replaces the zone's records as one change (If-Match with the zone's ETag: 428 without, 412
 * stale). Ids of the zone's records are kept; any other id (the editor's "new-…") gets a
 * server id. Nothing is written when a record breaks a rule.
 */
export function saveZone(
  db: Db,
  customerId: number,
  name: string,
  ifMatch: string | string[] | undefined,
  records: readonly DnsRecord[],
  now: number,
): DnsZone {
  return db
    .transaction(() => {
      const row = zoneRow(db, customerId, name);
      const header = requireIfMatch(ifMatch, 'zone');
      if (!ifMatchMatches(header, zoneTag(row))) throw preconditionFailed('zone');
      const issues = validateZone(row.name, records);
      if (issues.length > 0) {
        throw new ApiProblem(422, 'dns_invalid', { issues }, 'A record breaks a DNS rule', {
          detail: `${issues.length} issue(s); nothing was saved.`,
        });
      }
      const existing = new Set(
        (
          db.prepare('SELECT id FROM dns_records WHERE domain = ?').all(row.name) as {
            id: string;
          }[]
        ).map((r) => r.id),
      );
      const seen = new Set<string>();
      const kept = records.map((r) => {
        const keep = existing.has(r.id) && !seen.has(r.id);
        const id = keep ? r.id : newRecordId();
        seen.add(id);
        // the rules accept spaces around names and values; they are not stored
        return { ...normalizeRecord(r), id };
      });
      db.prepare('DELETE FROM dns_records WHERE domain = ?').run(row.name);
      recordInserter(db)(customerId, row.name, kept);
      const updatedAt = Math.max(now, row.zone_updated_at + 1);
      db.prepare(
        'UPDATE domains SET zone_version = zone_version + 1, zone_updated_at = ? WHERE name = ?',
      ).run(updatedAt, row.name);
      // recordCount of the summary changes with the zone
      bumpVersions(db, customerId, { domains: true, zones: true });
      recordChange(db, customerId, 'dns-zones', row.name, 'upsert', now);
      recordChange(db, customerId, 'domains', row.name, 'upsert', now);
      return loadZone(db, customerId, row.name);
    })
    .immediate();
}
