/** The customer account (customer number, person/company, address, VAT ID). */
import { createHash } from 'node:crypto';
import type { Account } from '../../../src/shared/domain';
import type { Db } from '../db';

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
  company?: string | null;
  firstName?: string;
  lastName?: string;
  phone?: string | null;
}

const COLUMNS: Record<keyof AccountPatch, string> = {
  company: 'company',
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
};

/** Applies the given fields; returns false when the customer does not exist. */
export function patchAccount(db: Db, customerId: number, patch: AccountPatch, now: number) {
  const sets: string[] = ['updated_at = @now'];
  const values: Record<string, unknown> = { now, id: customerId };
  for (const key of Object.keys(COLUMNS) as (keyof AccountPatch)[]) {
    if (patch[key] === undefined) continue;
    sets.push(`${COLUMNS[key]} = @${key}`);
    values[key] = patch[key];
  }
  const info = db.prepare(`UPDATE customers SET ${sets.join(', ')} WHERE id = @id`).run(values);
  return info.changes === 1;
}

/** Strong ETag of a JSON representation. */
export function etagOf(value: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
  return `"${digest.slice(0, 32)}"`;
}

/** If-None-Match (weak comparison, as RFC 9110 prescribes for it). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
