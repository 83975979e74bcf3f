/**
 * Contacts of a customer: the people and organisations domains name as owner, admin, tech or
 * zone contact (domain_contacts). A contact a domain still uses cannot be deleted.
 */
import type { Contact, ContactInput } from '../../../src/shared/team/types';
import { checkPostalCode } from '../../../src/shared/address/postal-code';
import { normalizePhone } from '../account/account';
import { ApiProblem } from '../auth/rights';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError, cursorInvalid, type FieldError } from '../problem';

interface ContactRow {
  id: number;
  customer_id: number;
  kind: Contact['kind'];
  first_name: string;
  last_name: string;
  organization: string | null;
  email: string;
  phone: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  updated_at: number;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function domainsOf(db: Db, contactId: number): string[] {
  const rows = db
    .prepare(
      'SELECT DISTINCT domain_name FROM domain_contacts WHERE contact_id = ? ORDER BY domain_name',
    )
    .all(contactId) as { domain_name: string }[];
  return rows.map((r) => r.domain_name);
}

function toContact(db: Db, r: ContactRow): Contact {
  return {
    id: String(r.id),
    kind: r.kind,
    firstName: r.first_name,
    lastName: r.last_name,
    organization: r.organization,
    email: r.email,
    phone: r.phone,
    address: { street: r.street, postalCode: r.postal_code, city: r.city, country: r.country },
    usedByDomains: domainsOf(db, r.id),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function row(db: Db, customerId: number, id: string): ContactRow | undefined {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  return db
    .prepare('SELECT * FROM contacts WHERE id = ? AND customer_id = ?')
    .get(Number(id), customerId) as ContactRow | undefined;
}

export function getContact(db: Db, customerId: number, id: string): Contact {
  const r = row(db, customerId, id);
  if (!r) throw new ApiError(404, 'not_found');
  return toContact(db, r);
}

export function listContacts(
  db: Db,
  customerId: number,
  cursor: string | undefined,
  limit: number,
): { items: Contact[]; nextCursor: string | null } {
  let after = 0;
  if (cursor !== undefined) {
    const match = /^c1\.(\d{1,15})$/.exec(cursor);
    if (!match) {
      throw cursorInvalid();
    }
    after = Number(match[1]);
  }
  const rows = db
    .prepare('SELECT * FROM contacts WHERE customer_id = ? AND id > ? ORDER BY id LIMIT ?')
    .all(customerId, after, limit + 1) as ContactRow[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toContact(db, r)),
    nextCursor: rows.length > limit && last ? `c1.${last.id}` : null,
  };
}

/** Checks field by field (422 `validation_failed` with `errors`) and normalises. */
export function checkContact(input: ContactInput): ContactInput {
  const errors: FieldError[] = [];
  const trimmed: ContactInput = {
    ...input,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    organization: input.organization?.trim() || null,
    email: input.email.trim(),
    address: {
      street: input.address.street.trim(),
      postalCode: input.address.postalCode.trim(),
      city: input.address.city.trim(),
      country: input.address.country,
    },
  };
  if (!trimmed.firstName || !trimmed.lastName) {
    if (!trimmed.firstName) errors.push({ field: 'firstName', code: 'name_required' });
    if (!trimmed.lastName) errors.push({ field: 'lastName', code: 'name_required' });
  }
  if (trimmed.kind === 'organization' && !trimmed.organization) {
    errors.push({ field: 'organization', code: 'organization_required' });
  }
  if (!EMAIL.test(trimmed.email)) errors.push({ field: 'email', code: 'email_invalid' });
  const phone = normalizePhone(input.phone);
  if (!phone) errors.push({ field: 'phone', code: 'phone_invalid' });
  for (const key of ['street', 'postalCode', 'city'] as const) {
    if (!trimmed.address[key]) errors.push({ field: `address.${key}`, code: 'required' });
  }
  const postal = checkPostalCode(trimmed.address.postalCode, trimmed.address.country);
  if (postal.ok) trimmed.address.postalCode = postal.normalized;
  else if (postal.reason === 'format') {
    errors.push({ field: 'address.postalCode', code: 'postal_code_invalid' });
  }
  if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });
  return { ...trimmed, phone: phone! };
}

function values(customerId: number, c: ContactInput, now: number) {
  return {
    customer_id: customerId,
    kind: c.kind,
    first_name: c.firstName,
    last_name: c.lastName,
    organization: c.organization,
    email: c.email,
    phone: c.phone,
    street: c.address.street,
    postal_code: c.address.postalCode,
    city: c.address.city,
    country: c.address.country,
    now,
  };
}

export function insertContact(db: Db, customerId: number, input: ContactInput, now: number) {
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO contacts (customer_id, kind, first_name, last_name, organization, email,
           phone, street, postal_code, city, country, created_at, updated_at)
         VALUES (@customer_id, @kind, @first_name, @last_name, @organization, @email, @phone,
           @street, @postal_code, @city, @country, @now, @now)`,
      )
      .run(values(customerId, input, now));
    const id = String(info.lastInsertRowid);
    recordChange(db, customerId, 'contacts', id, 'upsert', now);
    return getContact(db, customerId, id);
  })();
}

export function createContact(db: Db, customerId: number, input: ContactInput, now: number) {
  return insertContact(db, customerId, checkContact(input), now);
}

/** The current contact merged with the patch; `check(current)` may refuse (If-Match). */
export function updateContact(
  db: Db,
  customerId: number,
  id: string,
  patch: Partial<ContactInput>,
  now: number,
  check: (current: Contact) => void,
): Contact {
  return db.transaction(() => {
    const current = getContact(db, customerId, id);
    check(current);
    const merged = checkContact({
      kind: patch.kind ?? current.kind,
      firstName: patch.firstName ?? current.firstName,
      lastName: patch.lastName ?? current.lastName,
      organization: patch.organization !== undefined ? patch.organization : current.organization,
      email: patch.email ?? current.email,
      phone: patch.phone ?? current.phone,
      address: patch.address ?? current.address,
    });
    const v = values(customerId, merged, now);
    db.prepare(
      `UPDATE contacts SET kind = @kind, first_name = @first_name, last_name = @last_name,
         organization = @organization, email = @email, phone = @phone, street = @street,
         postal_code = @postal_code, city = @city, country = @country, updated_at = @now
       WHERE id = @id AND customer_id = @customer_id`,
    ).run({ ...v, id: Number(id) });
    recordChange(db, customerId, 'contacts', id, 'upsert', now);
    // a domain's detail shows its contacts' names: synced copies must learn of a rename
    for (const domain of current.usedByDomains) {
      recordChange(db, customerId, 'domains', domain, 'upsert', now);
    }
    return getContact(db, customerId, id);
  })();
}

export function deleteContact(db: Db, customerId: number, id: string, now: number): void {
  db.transaction(() => {
    const current = getContact(db, customerId, id);
    if (current.usedByDomains.length > 0) {
      throw new ApiProblem(
        409,
        'contact_in_use',
        { domains: current.usedByDomains },
        'The contact is still used by domains',
        { detail: `Still used by: ${current.usedByDomains.join(', ')}` },
      );
    }
    db.prepare('DELETE FROM contacts WHERE id = ? AND customer_id = ?').run(Number(id), customerId);
    recordChange(db, customerId, 'contacts', id, 'delete', now);
  })();
}
