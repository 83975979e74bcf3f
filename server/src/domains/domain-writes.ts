/**
 * The writes on a domain itself: auto-renew, transfer lock, nameservers, its four contacts and
 * auth codes (If-Match required). Every write records a `domains` change (id = the name) and
 * bumps the customer's versions (versions.ts) when what the lists show changed.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { generateAuthCode } from '../../../src/shared/domains/auth-code';
import { normalizeNameserver, validateNameservers } from '../../../src/shared/domains/nameservers';
import {
  AUTH_CODE_VALID_DAYS,
  DOMAIN_CONTACT_ROLES,
  type AuthCode,
  type DomainContactRole,
  type DomainDetail,
} from '../../../src/shared/domains/types';
import { ifMatchMatches } from '../account/account';
import { ApiProblem } from '../auth/rights';
import { recordChange } from '../changes/changes';
import { enqueueMail } from '../mail/outbox';
import type { Db } from '../db';
import { ApiError, type FieldError } from '../problem';
import { bumpVersions } from './versions';
import { DAY_MS, domainRow, loadDomain, toDetail, usesOurNameservers } from './domains';

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
