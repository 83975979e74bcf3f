/**
 * A large account for benchmarks and tests: `large@kundencenter.example` (password as the demo
 * accounts) with N invoices (default 10,000) spread evenly over the last ten years, each paid
 * except the newest three (open), a few overdue ones and every 500th cancelled. One transaction
 * and one password hash, so 10,000 invoices take about a second.
 */
import { hashPassword } from '../auth/password';
import { findUserByEmail } from '../auth/users';
import type { Db } from '../db';
import { DEMO_PASSWORD } from '../demo';
import { addDays, berlinDate, firstOfMonth, lastOfMonth } from './dates';
import { InvoiceWriter, type LineInput } from './invoices';
import { currentSnapshot } from './issue';

export const LARGE_EMAIL = 'large@kundencenter.example';
export const LARGE_CUSTOMER_NUMBER = 'K-199999';
export const DEFAULT_LARGE_INVOICES = 10_000;
const SPAN_DAYS = 3652;

const CATALOGUE: { description: string; unitNetCents: number; quantity: number }[] = [
  { description: 'Webhosting Business', unitNetCents: 1499, quantity: 1 },
  { description: 'Managed Server M', unitNetCents: 4900, quantity: 1 },
  { description: 'E-Mail Pro 10 (Postfächer)', unitNetCents: 100, quantity: 10 },
  { description: 'Managed Server L', unitNetCents: 8900, quantity: 1 },
  { description: 'Zusätzlicher Speicher 100 GB', unitNetCents: 500, quantity: 2 },
  { description: 'Backup Plus', unitNetCents: 299, quantity: 1 },
];

export interface SeedLargeResult {
  email: string;
  customerNumber: string;
  /** false when the account existed already (nothing was added) */
  created: boolean;
  invoices: number;
}

let sharedHash: Promise<string> | null = null;

function invoiceCount(db: Db, customerId: number): number {
  const row = db
    .prepare('SELECT COUNT(*) AS n FROM invoices WHERE customer_id = ?')
    .get(customerId) as { n: number };
  return row.n;
}

export async function seedLarge(
  db: Db,
  opts: { invoices?: number; now?: number } = {},
): Promise<SeedLargeResult> {
  const total = opts.invoices ?? DEFAULT_LARGE_INVOICES;
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    throw new Error(`invoices must be a whole number from 1 to 1,000,000: ${total}`);
  }
  const now = opts.now ?? Date.now();
  const existing = findUserByEmail(db, LARGE_EMAIL);
  if (existing) {
    return {
      email: LARGE_EMAIL,
      customerNumber: LARGE_CUSTOMER_NUMBER,
      created: false,
      invoices: invoiceCount(db, existing.customer_id),
    };
  }
  sharedHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await sharedHash;

  return db
    .transaction((): SeedLargeResult => {
      const raced = findUserByEmail(db, LARGE_EMAIL);
      if (raced) {
        return {
          email: LARGE_EMAIL,
          customerNumber: LARGE_CUSTOMER_NUMBER,
          created: false,
          invoices: invoiceCount(db, raced.customer_id),
        };
      }
      const customer = db
        .prepare(
          `INSERT INTO customers (customer_number, kind, first_name, last_name, company, email,
           phone, street, postal_code, city, country, vat_id, verification_status,
           created_at, updated_at)
         VALUES (?, 'company', 'Lars', 'Großmann', 'Großmann Handels AG', ?, NULL,
           'Hafenstraße 7', '20457', 'Hamburg', 'DE', 'DE813456782', 'verified', ?, ?)`,
        )
        .run(LARGE_CUSTOMER_NUMBER, LARGE_EMAIL, now, now);
      const customerId = Number(customer.lastInsertRowid);
      db.prepare(
        `INSERT INTO users (customer_id, email, password_hash, name, created_at)
       VALUES (?, ?, ?, 'Lars Großmann', ?)`,
      ).run(customerId, LARGE_EMAIL, passwordHash, now);

      const today = berlinDate(now);
      const snapshot = currentSnapshot(db, customerId);
      const writer = new InvoiceWriter(db, now);
      const daysBack = (i: number) => Math.floor((i * SPAN_DAYS) / total);
      // the first three whose due date (issue + 14 days) has passed stay unpaid: overdue
      const firstOverdue = Math.max(3, Math.ceil((15 * total) / SPAN_DAYS));
      // oldest first, so the running numbers of each year follow the dates
      for (let i = total - 1; i >= 0; i--) {
        const issueDate = addDays(today, -daysBack(i));
        const count = 1 + (i % 3);
        const lines: LineInput[] = [];
        for (let j = 0; j < count; j++) {
          const item = CATALOGUE[(i + j * 2) % CATALOGUE.length];
          if (!item) continue;
          lines.push({
            ...item,
            contractId: `V-199999-${String(((i + j * 2) % CATALOGUE.length) + 1).padStart(2, '0')}`,
            periodStart: firstOfMonth(issueDate),
            periodEnd: lastOfMonth(issueDate),
          });
        }
        const issued = writer.issue(customerId, { issueDate, lines, snapshot });
        if (i < 3 || (i >= firstOverdue && i < firstOverdue + 3)) continue;
        const settled = addDays(issueDate, 7) < today ? addDays(issueDate, 7) : today;
        if (i % 500 === 250) writer.cancel(customerId, issued.id, settled);
        else writer.pay(customerId, issued.id, settled);
      }
      return {
        email: LARGE_EMAIL,
        customerNumber: LARGE_CUSTOMER_NUMBER,
        created: true,
        invoices: total,
      };
    })
    .immediate();
}
