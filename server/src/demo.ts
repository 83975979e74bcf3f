/**
 * Demo data, created once per data folder (idempotent): a company customer and a person
 * customer whose user has two-factor authentication on. The TOTP secret is random per folder.
 * Their invoices, statement and billing settings: billing/demo-billing.ts.
 */
import { hashPassword } from './auth/password';
import { newTotpSecret } from './auth/totp';
import { findUserByEmail, normalizeEmail } from './auth/users';
import { seedDemoBilling } from './billing/demo-billing';
import { seedDemoDomains } from './domains/demo-domains';
import { seedDemoSupport } from './support/demo-support';
import { seedDemoTeam } from './team/demo-team';
import type { Db } from './db';
import { seedDemoProducts } from './products/demo-products';
import { seedDemoNotices } from './notices/demo-notices';

export const DEMO_PASSWORD = 'Demo-Passwort-2026';
export const DEMO_EMAIL = 'demo@kundencenter.example';
export const MFA_EMAIL = 'mfa@kundencenter.example';

interface DemoCustomer {
  email: string;
  totp: boolean;
  customer: {
    customer_number: string;
    kind: 'person' | 'company';
    first_name: string;
    last_name: string;
    company: string | null;
    phone: string | null;
    street: string;
    postal_code: string;
    city: string;
    country: string;
    vat_id: string | null;
    verification_status: 'unverified' | 'pending' | 'verified' | 'rejected';
  };
}

const DEMO: DemoCustomer[] = [
  {
    email: DEMO_EMAIL,
    totp: false,
    customer: {
      customer_number: 'K-100234',
      kind: 'company',
      first_name: 'Erika',
      last_name: 'Mustermann',
      company: 'Muster Webdesign GmbH',
      phone: '+49 30 12345678',
      street: 'Musterstraße 12',
      postal_code: '10115',
      city: 'Berlin',
      country: 'DE',
      vat_id: 'DE123456789',
      verification_status: 'verified',
    },
  },
  {
    email: MFA_EMAIL,
    totp: true,
    customer: {
      customer_number: 'K-100235',
      kind: 'person',
      first_name: 'Max',
      last_name: 'Mustermann',
      company: null,
      phone: null,
      street: 'Beispielweg 5',
      postal_code: '80331',
      city: 'München',
      country: 'DE',
      vat_id: null,
      verification_status: 'pending',
    },
  },
];

export interface DemoAccount {
  email: string;
  password: string;
  customerNumber: string;
  /** base32, when the account has two-factor authentication on */
  totpSecret: string | null;
}

/** Creates the demo customers that are missing and describes all of them. */
export async function seedDemo(db: Db, now: number = Date.now()): Promise<DemoAccount[]> {
  const missing = DEMO.filter((demo) => !findUserByEmail(db, demo.email));
  // hash outside the transaction (slow, asynchronous), all at once
  const hashed = await Promise.all(
    missing.map(async (demo) => ({ demo, passwordHash: await hashPassword(DEMO_PASSWORD) })),
  );
  for (const { demo, passwordHash } of hashed) {
    db.transaction(() => {
      // a CLI and the server may seed a fresh folder at the same time
      if (findUserByEmail(db, demo.email)) return;
      const customer = db
        .prepare(
          `INSERT INTO customers (customer_number, kind, first_name, last_name, company, email,
             phone, street, postal_code, city, country, vat_id, verification_status,
             created_at, updated_at)
           VALUES (@customer_number, @kind, @first_name, @last_name, @company, @email, @phone,
             @street, @postal_code, @city, @country, @vat_id, @verification_status, @now, @now)`,
        )
        .run({ ...demo.customer, email: normalizeEmail(demo.email), now });
      db.prepare(
        `INSERT INTO users (customer_id, email, password_hash, totp_secret, name, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        customer.lastInsertRowid,
        normalizeEmail(demo.email),
        passwordHash,
        demo.totp ? newTotpSecret() : null,
        `${demo.customer.first_name} ${demo.customer.last_name}`,
        now,
      );
    }).immediate();
  }
  for (const demo of DEMO) seedDemoBilling(db, demo.customer.customer_number, now);
  for (const demo of DEMO) seedDemoSupport(db, demo.customer.customer_number, now);
  await seedDemoTeam(db, DEMO_PASSWORD, now);
  for (const demo of DEMO) seedDemoProducts(db, demo.customer.customer_number, now);
  seedDemoDomains(db, now);
  seedDemoNotices(db, now);
  return DEMO.map((demo) => {
    const user = findUserByEmail(db, demo.email);
    return {
      email: demo.email,
      password: DEMO_PASSWORD,
      customerNumber: demo.customer.customer_number,
      totpSecret: user?.totp_secret ?? null,
    };
  });
}
