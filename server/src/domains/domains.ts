/**
 * Domains: rows to the API shapes (src/shared/domains/types.ts) and the list's pages. Another
 * customer's domain is answered like a missing one (404). The writes are in domain-writes.ts.
 */
import {
  DOMAIN_CONTACT_ROLES,
  type DomainContactRef,
  type DomainContactRole,
  type DomainDetail,
  type DomainStatus,
  type DomainSummary,
} from '../../../src/shared/domains/types';
import { etagOf } from '../account/account';
import type { Db } from '../db';
import { ApiError, cursorInvalid } from '../problem';
import { tagOf, versionsOf } from './versions';

/** The provider's nameservers: a domain using exactly these has its zone served here. */
export const OUR_NAMESERVERS = [
  'ns1.kundencenter.example',
  'ns2.kundencenter.example',
  'ns3.kundencenter.example',
] as const;

export const DEFAULT_DOMAIN_LIMIT = 500;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface DomainRow {
  name: string;
  customer_id: number;
  tld: string;
  status: DomainStatus;
  registered_at: string;
  expires_at: string;
  auto_renew: number;
  transfer_lock: number;
  contract_id: string | null;
  nameservers: string;
  own_zone: number;
  auth_code_hash: string | null;
  auth_code_valid_until: number | null;
  version: number;
  updated_at: number;
  zone_version: number;
  zone_updated_at: number;
}

/** Whether a list of nameservers is the provider's own (the DNS editor applies). */
export function usesOurNameservers(nameservers: readonly string[]): boolean {
  const ours: readonly string[] = OUR_NAMESERVERS;
  return nameservers.length > 0 && nameservers.every((ns) => ours.includes(ns));
}

/** A path's name as stored: lower case, without a trailing dot. */
export function normalizeDomainName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The customer's domain, or 404 (also for another customer's: nothing is revealed). */
export function domainRow(db: Db, customerId: number, name: string): DomainRow {
  const row = db
    .prepare('SELECT * FROM domains WHERE customer_id = ? AND name = ?')
    .get(customerId, normalizeDomainName(name)) as DomainRow | undefined;
  if (!row) throw new ApiError(404, 'not_found', { detail: 'No such domain.' });
  return row;
}

function recordCount(db: Db, row: DomainRow): number {
  if (row.own_zone !== 1) return 0;
  const { n } = db
    .prepare('SELECT COUNT(*) AS n FROM dns_records WHERE domain = ?')
    .get(row.name) as { n: number };
  return n;
}

function toSummary(row: DomainRow, records: number): DomainSummary {
  return {
    name: row.name,
    tld: row.tld,
    status: row.status,
    expiresAt: row.expires_at,
    autoRenew: row.auto_renew === 1,
    transferLock: row.transfer_lock === 1,
    contractId: row.contract_id,
    recordCount: records,
  };
}

function contactsOf(
  db: Db,
  customerId: number,
  name: string,
): Record<DomainContactRole, DomainContactRef | null> {
  const rows = db
    .prepare(
      `SELECT dc.role, c.id, c.kind, c.first_name, c.last_name, c.organization
       FROM domain_contacts dc JOIN contacts c ON c.id = dc.contact_id
       WHERE dc.customer_id = ? AND dc.domain_name = ?`,
    )
    .all(customerId, name) as {
    role: DomainContactRole;
    id: number;
    kind: 'person' | 'organization';
    first_name: string;
    last_name: string;
    organization: string | null;
  }[];
  const out = Object.fromEntries(DOMAIN_CONTACT_ROLES.map((r) => [r, null])) as Record<
    DomainContactRole,
    DomainContactRef | null
  >;
  for (const r of rows) {
    out[r.role] = {
      contactId: String(r.id),
      name:
        r.kind === 'organization' && r.organization
          ? r.organization
          : `${r.first_name} ${r.last_name}`,
    };
  }
  return out;
}

export function toDetail(db: Db, row: DomainRow): DomainDetail {
  const nameservers = JSON.parse(row.nameservers) as string[];
  const body: Omit<DomainDetail, 'etag'> = {
    ...toSummary(row, recordCount(db, row)),
    registeredAt: row.registered_at,
    nameservers,
    usesOurNameservers: row.own_zone === 1,
    contacts: contactsOf(db, row.customer_id, row.name),
    authCode:
      row.auth_code_valid_until === null
        ? null
        : { validUntil: new Date(row.auth_code_valid_until).toISOString() },
  };
  return { ...body, etag: etagOf(body) };
}

export function loadDomain(db: Db, customerId: number, name: string): DomainDetail {
  return toDetail(db, domainRow(db, customerId, name));
}

// ---------------------------------------------------------------------------------------------
// The list: keyset pages by name (`d1.<name>`)

const CURSOR = /^d1\.([a-z0-9.-]{1,253})$/;

export interface DomainQuery {
  cursor?: string;
  limit?: number;
  q?: string;
}

export function decodeNameCursor(cursor: string | undefined, pattern = CURSOR): string | null {
  if (cursor === undefined) return null;
  const match = pattern.exec(cursor);
  if (!match?.[1]) {
    throw cursorInvalid();
  }
  return match[1];
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function domainPage(
  db: Db,
  customerId: number,
  query: DomainQuery,
): { items: DomainSummary[]; nextCursor: string | null } {
  const after = decodeNameCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_DOMAIN_LIMIT;
  const q = query.q?.trim().toLowerCase() ?? '';
  const rows = db
    .prepare(
      `SELECT d.*, CASE WHEN d.own_zone = 1
                   THEN (SELECT COUNT(*) FROM dns_records r WHERE r.domain = d.name) ELSE 0
                   END AS record_count
       FROM domains d
       WHERE d.customer_id = @customerId AND (@after IS NULL OR d.name > @after)
         AND (@q = '' OR d.name LIKE '%' || @like || '%' ESCAPE '\\')
       ORDER BY d.name LIMIT @limit`,
    )
    .all({ customerId, after, q, like: likeEscape(q), limit: limit + 1 }) as (DomainRow & {
    record_count: number;
  })[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(r, r.record_count)),
    nextCursor: rows.length > limit && last ? `d1.${last.name}` : null,
  };
}

/**
 * The list's ETag: whatever page is asked, it covers the customer's whole set (any change to
 * a domain's summary bumps the version), so a 304 on the first page means nothing changed.
 */
export function domainListTag(
  db: Db,
  instance: string,
  customerId: number,
  query: DomainQuery,
): string {
  const { n } = db
    .prepare('SELECT COUNT(*) AS n FROM domains WHERE customer_id = ?')
    .get(customerId) as { n: number };
  return tagOf('domains', instance, customerId, versionsOf(db, customerId).domains, n, query);
}
