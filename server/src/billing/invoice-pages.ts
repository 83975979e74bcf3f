/**
 * The invoice list by pages. Keyset paging on (issue date, number), both descending: a cursor
 * names the last invoice seen, so every invoice comes exactly once even if new ones arrive
 * between pages. The ETag is computed from the whole set (every invoice's amounts and status)
 * and the page asked for, so a 304 on the first page tells a client that nothing changed at all
 * — one small request for an incremental sync of ten thousand invoices.
 */
import { createHash } from 'node:crypto';
import type { InvoiceStatus, InvoiceSummary } from '../../../src/shared/billing';
import type { Db } from '../db';
import { cursorInvalid } from '../problem';
import { invoiceStatus } from './invoices';

export const DEFAULT_INVOICE_LIMIT = 500;

type Row = [
  id: string,
  number: string,
  issueDate: string,
  dueDate: string,
  net: number,
  vat: number,
  gross: number,
  open: number,
  cancelledOn: string | null,
];

export interface InvoiceSet {
  rows: Row[];
  statuses: InvoiceStatus[];
  /** sha256 over every invoice as the list shows it */
  digest: string;
}

/** Reads the customer's invoices as compact rows, newest first, with their digest. */
export function loadInvoiceSet(db: Db, customerId: number, today: string): InvoiceSet {
  const rows = db
    .prepare(
      `SELECT id, number, issue_date, due_date, net_cents, vat_cents, gross_cents, open_cents,
              cancelled_on
       FROM invoices WHERE customer_id = ? ORDER BY issue_date DESC, number DESC`,
    )
    .raw()
    .all(customerId) as Row[];
  const hash = createHash('sha256');
  const statuses = rows.map((r) => {
    const status = invoiceStatus({ open_cents: r[7], due_date: r[3], cancelled_on: r[8] }, today);
    hash.update(`${r.join('|')}|${status}\n`);
    return status;
  });
  return { rows, statuses, digest: hash.digest('base64url') };
}

const CURSOR = /^c1\.(\d{4}-\d{2}-\d{2})\.(RE-\d{4}-\d{6})$/;

export function encodeInvoiceCursor(issueDate: string, number: string): string {
  return `c1.${issueDate}.${number}`;
}

export function decodeInvoiceCursor(cursor: string): { issueDate: string; number: string } {
  const match = CURSOR.exec(cursor);
  if (!match?.[1] || !match[2]) {
    throw cursorInvalid();
  }
  return { issueDate: match[1], number: match[2] };
}

/** Index of the first row after the cursor in (issue date, number) descending order. */
function startAfter(rows: Row[], cursor: { issueDate: string; number: string }): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid] as Row;
    const after = r[2] < cursor.issueDate || (r[2] === cursor.issueDate && r[1] < cursor.number);
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The ETag of a page: the whole set plus the page's parameters. */
export function invoicePageEtag(set: InvoiceSet, cursor: string | undefined, limit: number) {
  const digest = createHash('sha256')
    .update(`${set.digest}\n${cursor ?? ''}\n${limit}`)
    .digest('base64url');
  return `"${digest.slice(0, 32)}"`;
}

export function invoicePage(
  set: InvoiceSet,
  cursor: string | undefined,
  limit: number,
): { items: InvoiceSummary[]; nextCursor: string | null } {
  const start = cursor === undefined ? 0 : startAfter(set.rows, decodeInvoiceCursor(cursor));
  const end = Math.min(set.rows.length, start + limit);
  const items: InvoiceSummary[] = [];
  for (let i = start; i < end; i++) {
    const [id, number, issueDate, dueDate, netCents, vatCents, grossCents, open] = set.rows[
      i
    ] as Row;
    const status = set.statuses[i] as InvoiceStatus;
    items.push({
      id,
      number,
      issueDate,
      dueDate,
      netCents,
      vatCents,
      grossCents,
      openCents: status === 'cancelled' ? 0 : open,
      status,
    });
  }
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      end < set.rows.length && last ? encodeInvoiceCursor(last.issueDate, last.number) : null,
  };
}

/** Throws 400 for a malformed cursor before anything else is computed. */
export function checkInvoiceCursor(cursor: string | undefined): void {
  if (cursor !== undefined) decodeInvoiceCursor(cursor);
}
