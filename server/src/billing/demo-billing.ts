/**
 * Billing demo data, relative to the day it is seeded (idempotent, once per customer):
 *
 * K-100234 (company): 24 monthly invoices (Webhosting Business, E-Mail Pro 10 and, for the last
 * 14 months, Managed Server M with a setup fee in its first month) plus two yearly invoices (SSL
 * Wildcard, three .de domains). The newest monthly and the newest yearly invoice are open, the
 * monthly one before is overdue, the one 7 months back is cancelled by a credit, the one 4
 * months back came back as a return debit (3,00 € fee) and was paid again; all others are
 * paid. Billing e-mail rechnung@muster-webdesign.example; two colleagues without a login, of
 * whom Aylin Demir also gets invoices. Payment by bank transfer, no SEPA mandate.
 *
 * K-100235 (person): six monthly Webhosting Basic invoices, the newest open.
 */
import type { Db } from '../db';
import { addDays, addMonths, berlinDate, firstOfMonth, lastOfMonth } from './dates';
import { InvoiceWriter, type InvoiceSnapshot, type LineInput } from './invoices';
import { currentSnapshot } from './issue';
import { saveBillingSettings } from './settings';

export const RETURN_DEBIT_FEE_CENTS = 300;
export const DEMO_BILLING_EMAIL = 'rechnung@muster-webdesign.example';
export const DEMO_COLLEAGUES = [
  { name: 'Jonas Weber', email: 'jonas.weber@muster-webdesign.example', receivesInvoices: false },
  { name: 'Aylin Demir', email: 'aylin.demir@muster-webdesign.example', receivesInvoices: true },
] as const;

/** Marks a user row that cannot sign in: no scrypt hash ever matches it. */
export const NO_LOGIN_HASH = '!';

type Fate = 'paid' | 'open' | 'return_debit' | 'cancelled';

interface PlannedInvoice {
  issueDate: string;
  lines: LineInput[];
  fate: Fate;
}

function monthly(
  issueDate: string,
  description: string,
  contractId: string,
  unitNetCents: number,
  quantity = 1,
): LineInput {
  return {
    description,
    contractId,
    periodStart: firstOfMonth(issueDate),
    periodEnd: lastOfMonth(issueDate),
    quantity,
    unitNetCents,
  };
}

function yearly(
  issueDate: string,
  description: string,
  contractId: string,
  unitNetCents: number,
  quantity = 1,
): LineInput {
  return {
    description,
    contractId,
    periodStart: issueDate,
    periodEnd: addDays(addMonths(issueDate, 12), -1),
    quantity,
    unitNetCents,
  };
}

/** The day of month the demo's monthly invoices are issued on: the seed day, at most the 28th. */
function anchor(today: string): string {
  return Number(today.slice(8, 10)) > 28 ? `${today.slice(0, 8)}28` : today;
}

export function companyPlan(today: string): PlannedInvoice[] {
  const first = anchor(today);
  const plan: PlannedInvoice[] = [];
  for (let k = 23; k >= 0; k--) {
    const issueDate = addMonths(first, -k);
    const lines = [
      monthly(issueDate, 'Webhosting Business', 'V-100234-01', 1499),
      monthly(issueDate, 'E-Mail Pro 10 (Postfächer)', 'V-100234-02', 100, 10),
    ];
    if (k <= 13) lines.push(monthly(issueDate, 'Managed Server M', 'V-100234-03', 4900));
    if (k === 13) {
      lines.push({
        description: 'Einrichtung Managed Server M (einmalig)',
        contractId: 'V-100234-03',
        periodStart: issueDate,
        periodEnd: issueDate,
        quantity: 1,
        unitNetCents: 2900,
      });
    }
    const fate: Fate = k <= 1 ? 'open' : k === 4 ? 'return_debit' : k === 7 ? 'cancelled' : 'paid';
    plan.push({ issueDate, lines, fate });
  }
  for (const [years, fate] of [
    [1, 'paid'],
    [0, 'open'],
  ] as const) {
    const issueDate = addMonths(addDays(today, -2), -12 * years);
    plan.push({
      issueDate,
      lines: [
        yearly(issueDate, 'SSL Wildcard *.muster-webdesign.de', 'V-100234-04', 7900),
        yearly(issueDate, '.de Domain', 'V-100234-05', 900, 3),
      ],
      fate,
    });
  }
  return plan.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));
}

export function personPlan(today: string): PlannedInvoice[] {
  const first = anchor(today);
  const plan: PlannedInvoice[] = [];
  for (let k = 5; k >= 0; k--) {
    const issueDate = addMonths(first, -k);
    plan.push({
      issueDate,
      lines: [monthly(issueDate, 'Webhosting Basic', 'V-100235-01', 499)],
      fate: k === 0 ? 'open' : 'paid',
    });
  }
  return plan;
}

/** Issues the planned invoices oldest first and books what happened to each. */
export function writePlan(
  writer: InvoiceWriter,
  customerId: number,
  plan: PlannedInvoice[],
  snapshot: InvoiceSnapshot,
): void {
  for (const p of plan) {
    const issued = writer.issue(customerId, { issueDate: p.issueDate, lines: p.lines, snapshot });
    switch (p.fate) {
      case 'open':
        break;
      case 'paid':
        writer.pay(customerId, issued.id, addDays(p.issueDate, 10));
        break;
      case 'cancelled':
        writer.cancel(customerId, issued.id, addDays(p.issueDate, 5));
        break;
      case 'return_debit': {
        // collected on the due date, given back by the bank, paid again by transfer with the fee
        writer.pay(customerId, issued.id, addDays(p.issueDate, 14));
        const returned = issued.grossCents;
        writer.returnDebit(
          customerId,
          issued.id,
          addDays(p.issueDate, 19),
          returned,
          RETURN_DEBIT_FEE_CENTS,
        );
        writer.pay(
          customerId,
          issued.id,
          addDays(p.issueDate, 26),
          returned + RETURN_DEBIT_FEE_CENTS,
        );
        break;
      }
    }
  }
}

function addColleagues(db: Db, customerId: number, now: number): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO users (customer_id, email, password_hash, name, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const find = db.prepare('SELECT id FROM users WHERE email = ?');
  const receive = db.prepare('INSERT OR IGNORE INTO invoice_recipients (user_id) VALUES (?)');
  for (const colleague of DEMO_COLLEAGUES) {
    insert.run(customerId, colleague.email, NO_LOGIN_HASH, colleague.name, now);
    const row = find.get(colleague.email) as { id: number } | undefined;
    if (row && colleague.receivesInvoices) receive.run(row.id);
  }
}

/**
 * Seeds the billing data of a demo customer once (recorded in `meta`, so a data folder made
 * before billing existed gets it too, and a second run does nothing).
 */
export function seedDemoBilling(db: Db, customerNumber: string, now: number): void {
  const key = `demo_billing:${customerNumber}`;
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(key)) return;
    const customer = db
      .prepare('SELECT id, kind FROM customers WHERE customer_number = ?')
      .get(customerNumber) as { id: number; kind: 'person' | 'company' } | undefined;
    if (!customer) return;
    const today = berlinDate(now);
    const writer = new InvoiceWriter(db, now);
    if (customer.kind === 'company') {
      addColleagues(db, customer.id, now);
      saveBillingSettings(
        db,
        customer.id,
        { billingEmail: DEMO_BILLING_EMAIL, paymentMethod: 'bank_transfer' },
        now,
      );
    }
    const snapshot = currentSnapshot(db, customer.id);
    const plan = customer.kind === 'company' ? companyPlan(today) : personPlan(today);
    writePlan(writer, customer.id, plan, snapshot);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, String(now));
  }).immediate();
}
