/**
 * Domains: rows to the API shapes (src/shared/domains/types.ts), the list's pages, and the
 * writes on a domain itself — auto-renew, transfer lock, nameservers, its four contacts and
 * auth codes. Another customer's domain is answered like a missing one (404). Every write
 * records a `domains` change (id = the name) and bumps the customer's versions (versions.ts)
 * when what the lists show changed.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { generateAuthCode } from '../../../src/shared/domains/auth-code';
import { normalizeNameserver, validateNameservers } from '../../../src/shared/domains/nameservers';
import {
  AUTH_CODE_VALID_DAYS,
  DOMAIN_CONTACT_ROLES,
  type AuthCode,
  type DomainContactRef,
  type DomainContactRole,
  type DomainDetail,
  type DomainStatus,
  type DomainSummary,
} from '../../../src/shared/domains/types';
import { etagOf, ifMatchMatches } from '../account/account';
import { ApiProblem } from '../auth/rights';
import { recordChange } from '../changes/changes';
import { enqueueMail } from '../mail/outbox';
import type { Db } from '../db';
import { ApiError, type FieldError } from '../problem';
import { bumpVersions, tagOf, versionsOf } from './versions';

/** The provider's nameservers: a domain using exactly these has its zone served here. */
export const OUR_NAMESERVERS = [
  'ns1.kundencenter.example',
  'ns2.kundencenter.example',
  'ns3.kundencenter.example',
] as const;

export const DEFAULT_DOMAIN_LIMIT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

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
    throw new ApiError(400, 'validation_failed', {
      errors: [{ field: 'cursor', code: 'cursor_invalid' }],
    });
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

// ---------------------------------------------------------------------------------------------
// Writes

/** If-Match is required: 428 without. */
export function requireIfMatch(header: string | string[] | undefined, what: string): string {
  if (typeof header !== 'string' || header.trim() === '') {
    throw new ApiProblem(428, 'precondition_required', {}, 'If-Match is required', {
      detail: `Send the ETag of the ${what} you edited in If-Match.`,
    });
  }
  return header;
}

export function preconditionFailed(what: string): ApiProblem {
  return new ApiProblem(412, 'precondition_failed', {}, 'The resource was changed meanwhile', {
    detail: `The ${what} was changed meanwhile; load it again.`,
  });
}

function checkEtag(ifMatch: string, current: DomainDetail): void {
  if (!ifMatchMatches(ifMatch, current.etag)) throw preconditionFailed('domain');
}

export interface DomainPatch {
  autoRenew?: boolean;
  transferLock?: boolean;
  nameservers?: string[];
}

/** Nameserver problems as field errors `nameservers.<i>` (or `nameservers` for the list). */
export function nameserverErrors(list: readonly string[]): FieldError[] {
  return validateNameservers(list).map((issue) => ({
    field: issue.index < 0 ? 'nameservers' : `nameservers.${issue.index}`,
    code: issue.code,
  }));
}

export function patchDomain(
  db: Db,
  customerId: number,
  name: string,
  ifMatch: string | string[] | undefined,
  patch: DomainPatch,
  now: number,
): DomainDetail {
  return db
    .transaction(() => {
      const row = domainRow(db, customerId, name);
      const header = requireIfMatch(ifMatch, 'domain');
      checkEtag(header, toDetail(db, row));
      const sets = ['version = version + 1', 'updated_at = @now'];
      const values: Record<string, unknown> = { now, name: row.name };
      if (patch.autoRenew !== undefined) {
        sets.push('auto_renew = @autoRenew');
        values.autoRenew = patch.autoRenew ? 1 : 0;
      }
      if (patch.transferLock !== undefined) {
        sets.push('transfer_lock = @transferLock');
        values.transferLock = patch.transferLock ? 1 : 0;
      }
      let own = row.own_zone;
      if (patch.nameservers !== undefined) {
        const errors = nameserverErrors(patch.nameservers);
        if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });
        const list = patch.nameservers.map(normalizeNameserver);
        own = usesOurNameservers(list) ? 1 : 0;
        sets.push('nameservers = @nameservers', 'own_zone = @own');
        values.nameservers = JSON.stringify(list);
        values.own = own;
      }
      const zonesChanged = own !== row.own_zone;
      db.prepare(`UPDATE domains SET ${sets.join(', ')} WHERE name = @name`).run(values);
      bumpVersions(db, customerId, { domains: true, zones: zonesChanged });
      recordChange(db, customerId, 'domains', row.name, 'upsert', now);
      if (zonesChanged) {
        // the zone joins or leaves the list of zones served here
        recordChange(db, customerId, 'dns-zones', row.name, own ? 'upsert' : 'delete', now);
      }
      return loadDomain(db, customerId, row.name);
    })
    .immediate();
}

export type DomainContactsInput = Record<DomainContactRole, string>;

/** Replaces the four contacts; each must be a contact of the account (422 `contact_unknown`). */
export function setDomainContacts(
  db: Db,
  customerId: number,
  name: string,
  ifMatch: string | string[] | undefined,
  input: DomainContactsInput,
  now: number,
): DomainDetail {
  return db
    .transaction(() => {
      const row = domainRow(db, customerId, name);
      const header = requireIfMatch(ifMatch, 'domain');
      const current = toDetail(db, row);
      checkEtag(header, current);
      const known = db.prepare('SELECT 1 FROM contacts WHERE id = ? AND customer_id = ?');
      const errors: FieldError[] = [];
      for (const role of DOMAIN_CONTACT_ROLES) {
        const id = input[role];
        if (!/^\d{1,15}$/.test(id) || !known.get(Number(id), customerId)) {
          errors.push({ field: role, code: 'contact_unknown' });
        }
      }
      if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });
      const before = new Set(
        DOMAIN_CONTACT_ROLES.map((r) => current.contacts[r]?.contactId).filter(
          (id): id is string => id !== undefined,
        ),
      );
      const after = new Set(DOMAIN_CONTACT_ROLES.map((r) => String(Number(input[r]))));
      const link = db.prepare(
        `INSERT INTO domain_contacts (customer_id, domain_name, role, contact_id)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (customer_id, domain_name, role) DO UPDATE SET contact_id = excluded.contact_id`,
      );
      for (const role of DOMAIN_CONTACT_ROLES) {
        link.run(customerId, row.name, role, Number(input[role]));
      }
      db.prepare('UPDATE domains SET version = version + 1, updated_at = ? WHERE name = ?').run(
        now,
        row.name,
      );
      recordChange(db, customerId, 'domains', row.name, 'upsert', now);
      // a contact's usedByDomains changes when it gains or loses the domain
      for (const id of new Set([...before, ...after])) {
        if (before.has(id) !== after.has(id)) {
          recordChange(db, customerId, 'contacts', id, 'upsert', now);
        }
      }
      return loadDomain(db, customerId, row.name);
    })
    .immediate();
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const randomBytes = (bytes: Uint8Array) => randomFillSync(bytes);

const BERLIN_DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'long',
  timeStyle: 'short',
});

/**
 * A new auth code (the old one stops working), stored as its sha256 only and valid for
 * AUTH_CODE_VALID_DAYS; 409 `transfer_locked` while the transfer lock is on. The person who
 * asked gets a mail that it was generated (without the code: a mail is no safe place for it).
 */
export function createAuthCode(
  db: Db,
  requester: { customerId: number; email: string },
  name: string,
  now: number,
): AuthCode {
  const { customerId } = requester;
  return db
    .transaction(() => {
      const row = domainRow(db, customerId, name);
      if (row.transfer_lock === 1) {
        throw new ApiProblem(409, 'transfer_locked', {}, 'The domain is locked for transfers', {
          detail: 'Turn the transfer lock off before generating an auth code.',
        });
      }
      const code = generateAuthCode(row.tld, randomBytes);
      const validUntil = now + AUTH_CODE_VALID_DAYS * DAY_MS;
      db.prepare(
        `UPDATE domains SET auth_code_hash = ?, auth_code_valid_until = ?,
           version = version + 1, updated_at = ? WHERE name = ?`,
      ).run(sha256Hex(code), validUntil, now, row.name);
      recordChange(db, customerId, 'domains', row.name, 'upsert', now);
      enqueueMail(
        db,
        {
          to: requester.email,
          subject: `Auth-Code für ${row.name} erzeugt`,
          text:
            `Guten Tag,\n\nfür die Domain ${row.name} wurde soeben ein neuer Auth-Code erzeugt. ` +
            `Er gilt bis ${BERLIN_DATE_TIME.format(validUntil)} Uhr; ein früher erzeugter Code ` +
            `gilt nicht mehr.\n\nWaren Sie das nicht? Dann schalten Sie die Transfersperre der ` +
            `Domain im Kundencenter wieder ein und melden Sie sich beim Support.\n\n` +
            `Ihr Kundencenter-Team\n`,
        },
        now,
      );
      return { domain: row.name, code, validUntil: new Date(validUntil).toISOString() };
    })
    .immediate();
}
