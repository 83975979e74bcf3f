/**
 * What the provider's billing run and bank import do, for the sandbox: issue today's invoice to
 * a customer, book a payment. Both record changes, so clients see them arrive by sync: the
 * invoice, the statement, and every contract the invoice bills (a contract's detail lists its
 * invoices with their status).
 */
import type { Invoice } from '../../../src/shared/billing';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError } from '../problem';
import { addDays, berlinDate, firstOfMonth, lastOfMonth } from './dates';
import {
  InvoiceWriter,
  loadInvoiceDocument,
  type InvoiceSnapshot,
  type LineInput,
} from './invoices';
import { activeMandate, customerNumberOf } from './sepa';
import { loadBillingSettings } from './settings';

/**
 * The change-log entries of an invoice that was issued or paid: the invoice, the statement,
 * and each contract one of its lines bills (by contract number, as lines name them).
 */
export function recordInvoiceChanges(
  db: Db,
  customerId: number,
  invoiceId: string,
  now: number,
): void {
  recordChange(db, customerId, 'invoices', invoiceId, 'upsert', now);
  recordChange(db, customerId, 'statement', customerNumberOf(db, customerId), 'upsert', now);
  const contracts = db
    .prepare(
      `SELECT DISTINCT c.id FROM invoice_lines l
       JOIN contracts c ON c.contract_number = l.contract_id AND c.customer_id = ?
       WHERE l.invoice_id = ? ORDER BY c.id`,
    )
    .all(customerId, invoiceId) as { id: string }[];
  for (const { id } of contracts) recordChange(db, customerId, 'contracts', id, 'upsert', now);
}

/** The recipient and payment terms as they are now: what a new invoice freezes. */
export function currentSnapshot(db: Db, customerId: number): InvoiceSnapshot {
  const c = db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as
    | {
        customer_number: string;
        first_name: string;
        last_name: string;
        company: string | null;
        street: string;
        postal_code: string;
        city: string;
        country: string;
        vat_id: string | null;
      }
    | undefined;
  if (!c) throw new Error(`no customer ${customerId}`);
  const method = loadBillingSettings(db, customerId).paymentMethod;
  return {
    customerNumber: c.customer_number,
    recipient: {
      company: c.company,
      name: `${c.first_name} ${c.last_name}`,
      street: c.street,
      postalCode: c.postal_code,
      city: c.city,
      country: c.country,
      vatId: c.vat_id,
    },
    payment: {
      method,
      mandateReference:
        method === 'sepa_direct_debit' ? (activeMandate(db, customerId)?.reference ?? null) : null,
    },
  };
}

const FALLBACK_LINE = { description: 'Webhosting Basic', contractId: null, unitNetCents: 499 };

/**
 * Today's invoice: the monthly lines of the customer's latest invoice again, for the current
 * month (a customer without invoices gets a basic hosting line).
 */
export function issueInvoiceNow(db: Db, customerId: number, now: number): Invoice {
  const today = berlinDate(now);
  const start = firstOfMonth(today);
  const end = lastOfMonth(today);
  return db
    .transaction(() => {
      const latest = db
        .prepare(
          `SELECT id FROM invoices WHERE customer_id = ? AND cancelled_on IS NULL
         ORDER BY issue_date DESC, number DESC LIMIT 1`,
        )
        .get(customerId) as { id: string } | undefined;
      const previous = latest ? loadInvoiceDocument(db, customerId, latest.id, today) : null;
      const monthly = (previous?.invoice.lines ?? []).filter(
        (l) => addDays(l.periodStart, 31) > l.periodEnd,
      );
      const lines: LineInput[] = (
        monthly.length > 0 ? monthly : [{ ...FALLBACK_LINE, quantity: 1 }]
      ).map((l) => ({
        description: l.description,
        contractId: l.contractId,
        periodStart: start,
        periodEnd: end,
        quantity: l.quantity,
        unitNetCents: l.unitNetCents,
      }));
      const writer = new InvoiceWriter(db, now);
      const issued = writer.issue(customerId, {
        issueDate: today,
        lines,
        snapshot: currentSnapshot(db, customerId),
      });
      recordInvoiceChanges(db, customerId, issued.id, now);
      const doc = loadInvoiceDocument(db, customerId, issued.id, today);
      if (!doc) throw new Error('the invoice just issued is gone');
      return doc.invoice;
    })
    .immediate();
}

/** Books a payment of what is open; 404 unknown invoice, 409 `invoice_not_open`. */
export function payInvoiceNow(db: Db, invoiceId: string, now: number): Invoice {
  const today = berlinDate(now);
  return db
    .transaction(() => {
      const row = db.prepare('SELECT customer_id FROM invoices WHERE id = ?').get(invoiceId) as
        { customer_id: number } | undefined;
      if (!row) throw new ApiError(404, 'not_found');
      const customerId = row.customer_id;
      const before = loadInvoiceDocument(db, customerId, invoiceId, today);
      if (!before || before.invoice.openCents <= 0) {
        throw new ApiError(409, 'invoice_not_open', { detail: 'Nothing is open on this invoice.' });
      }
      new InvoiceWriter(db, now).pay(customerId, invoiceId, today);
      recordInvoiceChanges(db, customerId, invoiceId, now);
      const after = loadInvoiceDocument(db, customerId, invoiceId, today);
      if (!after) throw new Error('the invoice just paid is gone');
      return after.invoice;
    })
    .immediate();
}
