/**
 * Paying an open invoice: the provider's account for a transfer, and a payment page at the
 * payment provider (PayPal, card) for what is open. In the sandbox the page is served here
 * (pay-page.ts); it works once, for 30 minutes, and books the payment like the bank import.
 */
import type {
  OnlineMethod,
  OnlinePayment,
  PaymentDetails,
} from '../../../src/shared/payments/types';
import { ONLINE_METHODS } from '../../../src/shared/payments/types';
import { newToken, sha256 } from '../auth/tokens';
import { berlinDate } from '../billing/dates';
import { recordInvoiceChanges } from '../billing/issue';
import { InvoiceWriter, loadInvoiceDocument } from '../billing/invoices';
import { PROVIDER } from '../billing/provider';
import type { Db } from '../db';
import { ApiError } from '../problem';

export const PAGE_TTL_MS = 30 * 60 * 1000;
export const PAGE_PREFIX = 'kcp_';

export function paymentDetails(): PaymentDetails {
  return {
    recipient: PROVIDER.name,
    iban: PROVIDER.bank.iban.replace(/\s+/g, ''),
    bic: PROVIDER.bank.bic,
    bankName: PROVIDER.bank.name,
    onlineMethods: [...ONLINE_METHODS],
  };
}

function notOpen(): ApiError {
  return new ApiError(409, 'invoice_not_open', { detail: 'Nothing is open on this invoice.' });
}

/** A page for what is open now; `origin` is where this server is reached (the sandbox). */
export function createPaymentPage(
  db: Db,
  customerId: number,
  invoiceId: string,
  method: OnlineMethod,
  now: number,
  origin: string,
): OnlinePayment {
  const doc = loadInvoiceDocument(db, customerId, invoiceId, berlinDate(now));
  if (!doc) throw new ApiError(404, 'not_found');
  if (doc.invoice.openCents <= 0) throw notOpen();
  const { token, hash } = newToken(PAGE_PREFIX);
  const expiresAt = now + PAGE_TTL_MS;
  db.prepare(
    `INSERT INTO payment_pages (token_hash, customer_id, invoice_id, method, amount_cents,
       created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(hash, customerId, invoiceId, method, doc.invoice.openCents, now, expiresAt);
  return {
    url: `${origin}/v1/sandbox/pay/${token}`,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

export interface PageRow {
  customer_id: number;
  invoice_id: string;
  method: OnlineMethod;
  amount_cents: number;
  expires_at: number;
  paid_at: number | null;
}

export interface PaymentPage {
  method: OnlineMethod;
  amountCents: number;
  invoiceNumber: string;
  paid: boolean;
}

/** The page a token opens; 404 when unknown or expired (a paid one stays readable). */
export function findPaymentPage(db: Db, token: string, now: number): PageRow {
  const row = db.prepare('SELECT * FROM payment_pages WHERE token_hash = ?').get(sha256(token)) as
    PageRow | undefined;
  if (!row || (row.paid_at === null && row.expires_at <= now)) {
    throw new ApiError(404, 'not_found', { detail: 'This payment page is unknown or expired.' });
  }
  return row;
}

export function describePage(db: Db, row: PageRow, now: number): PaymentPage {
  const doc = loadInvoiceDocument(db, row.customer_id, row.invoice_id, berlinDate(now));
  return {
    method: row.method,
    amountCents: row.amount_cents,
    invoiceNumber: doc?.invoice.number ?? row.invoice_id,
    paid: row.paid_at !== null,
  };
}

/** The page's button: books what is open (once) and records the changes clients sync. */
export function completePayment(db: Db, token: string, now: number): PaymentPage {
  return db
    .transaction(() => {
      const row = findPaymentPage(db, token, now);
      if (row.paid_at === null) {
        const today = berlinDate(now);
        const doc = loadInvoiceDocument(db, row.customer_id, row.invoice_id, today);
        // paid meanwhile by transfer: nothing is booked twice
        if (doc && doc.invoice.openCents > 0) {
          new InvoiceWriter(db, now).pay(row.customer_id, row.invoice_id, today);
          recordInvoiceChanges(db, row.customer_id, row.invoice_id, now);
        }
        db.prepare('UPDATE payment_pages SET paid_at = ? WHERE token_hash = ?').run(
          now,
          sha256(token),
        );
      }
      return describePage(db, { ...row, paid_at: row.paid_at ?? now }, now);
    })
    .immediate();
}
