/**
 * Team demo data (idempotent, once per data folder, after the billing demo added the
 * colleagues): Erika (demo@…, owner of K-100234) owns a second customer account K-100236 to
 * switch to; Jonas Weber gets a login (the demo password) with limited rights — no invoices —
 * for trying rights; Aylin Demir (no login) has the invoices right. K-100234 has contacts that
 * its domains use (domain_contacts), and one contact no domain uses.
 */
import type { Right } from '../../../src/shared/team/types';
import { hashPassword } from '../auth/password';
import { serializeRights } from '../auth/rights';
import type { Db } from '../db';
import { insertContact } from './contacts';

export const DEMO_SECOND_CUSTOMER = 'K-100236';
export const DEMO_LIMITED_EMAIL = 'jonas.weber@muster-webdesign.example';
export const DEMO_LIMITED_RIGHTS: Right[] = ['contacts', 'contracts', 'domains', 'dns', 'tickets'];
const AYLIN_EMAIL = 'aylin.demir@muster-webdesign.example';
const MAIN_CUSTOMER = 'K-100234';
const OWNER_EMAIL = 'demo@kundencenter.example';
const KEY = 'demo_team';

const customerId = (db: Db, number: string) =>
  (
    db.prepare('SELECT id FROM customers WHERE customer_number = ?').get(number) as
      { id: number } | undefined
  )?.id;
const userId = (db: Db, email: string) =>
  (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number } | undefined)?.id;

export async function seedDemoTeam(db: Db, password: string, now: number): Promise<void> {
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(KEY)) return;
  const passwordHash = await hashPassword(password);
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(KEY)) return;
    const main = customerId(db, MAIN_CUSTOMER);
    const erika = userId(db, OWNER_EMAIL);
    if (main === undefined || erika === undefined) return;

    // the second customer account Erika owns
    let second = customerId(db, DEMO_SECOND_CUSTOMER);
    if (second === undefined) {
      const info = db
        .prepare(
          `INSERT INTO customers (customer_number, kind, first_name, last_name, company, email,
             phone, street, postal_code, city, country, vat_id, verification_status,
             created_at, updated_at)
           VALUES (?, 'person', 'Erika', 'Mustermann', NULL, ?, '+49331987654', 'Gartenweg 3',
             '14467', 'Potsdam', 'DE', NULL, 'verified', ?, ?)`,
        )
        .run(DEMO_SECOND_CUSTOMER, OWNER_EMAIL, now, now);
      second = Number(info.lastInsertRowid);
    }
    db.prepare(
      `INSERT OR IGNORE INTO memberships (user_id, customer_id, owner, rights, created_at)
       VALUES (?, ?, 1, '[]', ?)`,
    ).run(erika, second, now);

    // colleagues: Jonas signs in with limited rights, Aylin (no login) sees invoices
    const setRights = db.prepare(
      `INSERT INTO memberships (user_id, customer_id, owner, rights, created_at)
       VALUES (?, ?, 0, ?, ?)
       ON CONFLICT (user_id, customer_id) DO UPDATE SET owner = 0, rights = excluded.rights`,
    );
    const jonas = userId(db, DEMO_LIMITED_EMAIL);
    if (jonas !== undefined) {
      db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, jonas);
      setRights.run(jonas, main, serializeRights(DEMO_LIMITED_RIGHTS), now);
    }
    const aylin = userId(db, AYLIN_EMAIL);
    if (aylin !== undefined) setRights.run(aylin, main, serializeRights(['invoices']), now);

    seedContacts(db, main, now);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(KEY, String(now));
  }).immediate();
}

function seedContacts(db: Db, customer: number, now: number): void {
  const berlin = { street: 'Musterstraße 12', postalCode: '10115', city: 'Berlin', country: 'DE' };
  const company = insertContact(
    db,
    customer,
    {
      kind: 'organization',
      firstName: 'Erika',
      lastName: 'Mustermann',
      organization: 'Muster Webdesign GmbH',
      email: 'info@muster-webdesign.example',
      phone: '+493012345678',
      address: berlin,
    },
    now,
  );
  const erika = insertContact(
    db,
    customer,
    {
      kind: 'person',
      firstName: 'Erika',
      lastName: 'Mustermann',
      organization: null,
      email: OWNER_EMAIL,
      phone: '+493012345678',
      address: berlin,
    },
    now,
  );
  const jonas = insertContact(
    db,
    customer,
    {
      kind: 'person',
      firstName: 'Jonas',
      lastName: 'Weber',
      organization: 'Muster Webdesign GmbH',
      email: DEMO_LIMITED_EMAIL,
      phone: '+493012345679',
      address: berlin,
    },
    now,
  );
  insertContact(
    db,
    customer,
    {
      kind: 'person',
      firstName: 'Lena',
      lastName: 'Schmidt',
      organization: null,
      email: 'lena.schmidt@example.org',
      phone: '+4940555123',
      address: { street: 'Hafenstraße 7', postalCode: '20457', city: 'Hamburg', country: 'DE' },
    },
    now,
  );
  const link = db.prepare(
    `INSERT OR IGNORE INTO domain_contacts (customer_id, domain_name, role, contact_id)
     VALUES (?, ?, ?, ?)`,
  );
  const domains: [string, string, string, string, string][] = [
    ['muster-webdesign.de', company.id, erika.id, jonas.id, jonas.id],
    ['muster-webdesign-shop.de', company.id, erika.id, jonas.id, jonas.id],
    ['erika-mustermann.de', erika.id, erika.id, jonas.id, jonas.id],
  ];
  for (const [domain, owner, admin, tech, zone] of domains) {
    link.run(customer, domain, 'owner', Number(owner));
    link.run(customer, domain, 'admin', Number(admin));
    link.run(customer, domain, 'tech', Number(tech));
    link.run(customer, domain, 'zone', Number(zone));
  }
}
