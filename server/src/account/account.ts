/** The customer account (customer number, person/company, address, VAT ID). */
import { createHash } from 'node:crypto';
import type { Account } from '../../../src/shared/domain';
import { checkPostalCode } from '../../../src/shared/address/postal-code';
import { checkVatId } from '../../../src/shared/team/vat-id';
import type { Db } from '../db';
import type { FieldError } from '../problem';

interface CustomerRow {
  id: number;
  customer_number: string;
  kind: Account['kind'];
  first_name: string;
  last_name: string;
  company: string | null;
  email: string;
  phone: string | null;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  vat_id: string | null;
  verification_status: Account['verificationStatus'];
}

export function loadAccount(db: Db, customerId: number): Account | null {
  const row = db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as
    CustomerRow | undefined;
  if (!row) return null;
  return {
    customerNumber: row.customer_number,
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    address: {
      street: row.street,
      postalCode: row.postal_code,
      city: row.city,
      country: row.country,
    },
    vatId: row.vat_id,
    verificationStatus: row.verification_status,
  };
}

export interface AccountPatch {
  kind?: Account['kind'];
  company?: string | null;
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  address?: Account['address'];
  vatId?: string | null;
}

type ScalarKey = Exclude<keyof AccountPatch, 'address'>;

const COLUMNS: Record<ScalarKey, string> = {
  kind: 'kind',
  company: 'company',
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
  vatId: 'vat_id',
};

/** Applies the given fields; returns false when the customer does not exist. */
export function patchAccount(db: Db, customerId: number, patch: AccountPatch, now: number) {
  const sets: string[] = ['updated_at = @now'];
  const values: Record<string, unknown> = { now, id: customerId };
  for (const key of Object.keys(COLUMNS) as ScalarKey[]) {
    if (patch[key] === undefined) continue;
    sets.push(`${COLUMNS[key]} = @${key}`);
    values[key] = patch[key];
  }
  if (patch.address) {
    sets.push('street = @street, postal_code = @postalCode, city = @city, country = @country');
    Object.assign(values, patch.address);
  }
  const info = db.prepare(`UPDATE customers SET ${sets.join(', ')} WHERE id = @id`).run(values);
  return info.changes === 1;
}

/** E.164 after removing spaces, dashes, slashes and parentheses; null when not E.164. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s/()-]/g, '');
  return /^\+[1-9]\d{1,14}$/.test(compact) ? compact : null;
}

/**
 * Checks a patch against the current account, field by field (422 codes: `vat_id_invalid` for
 * the address's country, `postal_code_invalid` at `address.postalCode` for its country,
 * `phone_invalid`, `company_required`), and normalises phone, postal code and VAT ID.
 */
export function checkAccountPatch(
  current: Account,
  patch: AccountPatch,
): { patch: AccountPatch; errors: FieldError[] } {
  const out: AccountPatch = { ...patch };
  const errors: FieldError[] = [];
  if (typeof patch.phone === 'string') {
    const phone = patch.phone.trim() === '' ? null : normalizePhone(patch.phone);
    if (phone === null && patch.phone.trim() !== '') {
      errors.push({ field: 'phone', code: 'phone_invalid' });
    }
    out.phone = phone;
  }
  if (typeof patch.company === 'string') out.company = patch.company.trim() || null;
  const kind = patch.kind ?? current.kind;
  const company = out.company !== undefined ? out.company : current.company;
  if (kind === 'company' && !company) errors.push({ field: 'company', code: 'company_required' });
  const country = (patch.address ?? current.address).country;
  if (patch.address) {
    const postal = checkPostalCode(patch.address.postalCode, country);
    if (postal.ok) out.address = { ...patch.address, postalCode: postal.normalized };
    else errors.push({ field: 'address.postalCode', code: 'postal_code_invalid' });
  }
  const vatId = patch.vatId !== undefined ? patch.vatId : current.vatId;
  if (typeof vatId === 'string' && vatId.trim() !== '') {
    if (patch.vatId !== undefined || patch.address !== undefined) {
      const check = checkVatId(vatId, country);
      if (check.ok) out.vatId = check.normalized;
      else errors.push({ field: 'vatId', code: 'vat_id_invalid' });
    }
  } else if (patch.vatId !== undefined) {
    out.vatId = null;
  }
  return { patch: out, errors };
}

/** Strong ETag of a JSON representation. */
export function etagOf(value: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
  return `"${digest.slice(0, 32)}"`;
}

/** If-Match (strong comparison, RFC 9110): `*` or one of the listed tags. */
export function ifMatchMatches(header: string, etag: string): boolean {
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
}

/** If-None-Match (weak comparison, as RFC 9110 prescribes for it). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
