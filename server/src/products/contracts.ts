/**
 * Contracts: rows to the API shapes (src/shared/products/types.ts). A contract's status is
 * derived from its end date and today (Europe/Berlin), never stored: `cancelled` until the end
 * date, `ended` after it.
 */
import { addDays, termEnds } from '../../../src/shared/products/cancellation-date';
import type {
  Cancellation,
  Contract,
  ContractInvoicePage,
  ContractStatus,
  ContractSummary,
  ContractTerms,
  CredentialKind,
  ProductType,
} from '../../../src/shared/products/types';
import type { Db } from '../db';
import { decodeInvoiceCursor, encodeInvoiceCursor } from '../billing/invoice-pages';
import { invoiceStatus } from '../billing/invoices';
import { ApiError, cursorInvalid } from '../problem';

export const DEFAULT_CONTRACT_LIMIT = 500;

export interface ContractRow {
  id: string;
  customer_id: number;
  contract_number: string;
  product_type: ProductType;
  product_name: string;
  description: string;
  start_date: string;
  minimum_term_months: number;
  renewal_period_months: number;
  notice_unit: 'days' | 'months';
  notice_amount: number;
  price_cents: number;
  billing_cycle_months: number;
  end_date: string | null;
  domains: string;
  /** 1 while an extraordinary cancellation waits for staff review (selected with the row) */
  cancellation_requested: number;
}

/** the columns of a ContractRow: the contract and whether a cancellation awaits review */
const CONTRACT_COLUMNS = `c.*, EXISTS (SELECT 1 FROM cancellations x
  WHERE x.contract_id = c.id AND x.status = 'requested') AS cancellation_requested`;

export interface CancellationRow {
  id: string;
  contract_id: string;
  kind: 'ordinary' | 'extraordinary';
  status: 'confirmed' | 'requested' | 'revoked';
  end_date: string;
  reason: string | null;
  closing_company: number;
  requested_by: string;
  confirmation_email: string;
  created_at: number;
  revoked_at: number | null;
}

export function termsOf(row: ContractRow): ContractTerms {
  return {
    startDate: row.start_date,
    minimumTermMonths: row.minimum_term_months,
    renewalPeriodMonths: row.renewal_period_months,
    noticePeriod: { unit: row.notice_unit, amount: row.notice_amount },
  };
}

export function contractStatus(endDate: string | null, today: string): ContractStatus {
  if (endDate === null) return 'active';
  return today > endDate ? 'ended' : 'cancelled';
}

/** The day the contract renews by itself: the day after the current term's end. */
export function nextRenewal(terms: ContractTerms, today: string): string {
  const [currentEnd] = termEnds(terms, { from: today, count: 1 });
  return addDays(currentEnd as string, 1);
}

export function toSummary(row: ContractRow, today: string): ContractSummary {
  const terms = termsOf(row);
  const status = contractStatus(row.end_date, today);
  return {
    id: row.id,
    contractNumber: row.contract_number,
    productType: row.product_type,
    productName: row.product_name,
    status,
    ...terms,
    priceCents: row.price_cents,
    billingCycleMonths: row.billing_cycle_months,
    nextRenewal: status === 'active' ? nextRenewal(terms, today) : null,
    endDate: row.end_date,
    domains: JSON.parse(row.domains) as string[],
    cancellationRequested: row.cancellation_requested === 1,
  };
}

export function toCancellation(row: CancellationRow): Cancellation {
  return {
    id: row.id,
    contractId: row.contract_id,
    kind: row.kind,
    status: row.status,
    endDate: row.end_date,
    reason: row.reason,
    closingCompany: row.closing_company === 1,
    requestedBy: row.requested_by,
    confirmationEmail: row.confirmation_email,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

/** The customer's contract, or 404 (also for another customer's id: nothing is revealed). */
export function contractRow(db: Db, customerId: number, id: string): ContractRow {
  const row = db
    .prepare(`SELECT ${CONTRACT_COLUMNS} FROM contracts c WHERE c.id = ? AND c.customer_id = ?`)
    .get(id, customerId) as ContractRow | undefined;
  if (!row) throw new ApiError(404, 'not_found');
  return row;
}

/** The newest cancellation of a contract, whatever its status. */
export function latestCancellation(db: Db, contractId: string): CancellationRow | null {
  const row = db
    .prepare(
      `SELECT * FROM cancellations WHERE contract_id = ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .get(contractId) as CancellationRow | undefined;
  return row ?? null;
}

/** The cancellation in force (confirmed or waiting for review), if any. */
export function activeCancellation(db: Db, contractId: string): CancellationRow | null {
  const row = db
    .prepare(
      `SELECT * FROM cancellations WHERE contract_id = ? AND status IN ('confirmed', 'requested')`,
    )
    .get(contractId) as CancellationRow | undefined;
  return row ?? null;
}

/** how many of a contract's invoices its detail carries (the newest); the rest come in pages */
export const CONTRACT_INVOICES_SHOWN = 20;

/**
 * A contract's invoices, newest first: keyset pages by issue date and number, with the
 * invoice list's own cursor (invoice-pages.ts), as the order is the same.
 */
export function contractInvoicePage(
  db: Db,
  customerId: number,
  contractNumber: string,
  today: string,
  page: { cursor?: string; limit: number },
): ContractInvoicePage {
  const after = page.cursor === undefined ? null : decodeInvoiceCursor(page.cursor);
  const rows = db
    .prepare(
      `SELECT i.id, i.number, i.issue_date, i.due_date, i.gross_cents, i.open_cents,
              i.cancelled_on
       FROM invoices i
       WHERE i.customer_id = ?
         AND i.id IN (SELECT l.invoice_id FROM invoice_lines l WHERE l.contract_id = ?)
         AND (? IS NULL OR i.issue_date < ? OR (i.issue_date = ? AND i.number < ?))
       ORDER BY i.issue_date DESC, i.number DESC
       LIMIT ?`,
    )
    .all(
      customerId,
      contractNumber,
      after?.issueDate ?? null,
      after?.issueDate ?? null,
      after?.issueDate ?? null,
      after?.number ?? null,
      page.limit + 1,
    ) as {
    id: string;
    number: string;
    issue_date: string;
    due_date: string;
    gross_cents: number;
    open_cents: number;
    cancelled_on: string | null;
  }[];
  const items = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    number: r.number,
    date: r.issue_date,
    totalCents: r.gross_cents,
    status: invoiceStatus(r, today),
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > page.limit && last ? encodeInvoiceCursor(last.date, last.number) : null,
  };
}

/** from the lines' index alone: a contract's lines are on its own customer's invoices only */
function invoiceCount(db: Db, contractNumber: string): number {
  const row = db
    .prepare('SELECT COUNT(DISTINCT invoice_id) AS n FROM invoice_lines WHERE contract_id = ?')
    .get(contractNumber) as { n: number };
  return row.n;
}

export function credentialKinds(db: Db, contractId: string): CredentialKind[] {
  return (
    db
      .prepare('SELECT kind FROM contract_credentials WHERE contract_id = ? ORDER BY position')
      .all(contractId) as { kind: CredentialKind }[]
  ).map((r) => r.kind);
}

/** the newest invoices, how many there are in all, and where the older ones start */
function newestInvoices(db: Db, customerId: number, contractNumber: string, today: string) {
  const page = contractInvoicePage(db, customerId, contractNumber, today, {
    limit: CONTRACT_INVOICES_SHOWN,
  });
  return {
    invoices: page.items,
    invoiceCount: invoiceCount(db, contractNumber),
    invoicesNextCursor: page.nextCursor,
  };
}

export function loadContract(db: Db, customerId: number, id: string, today: string): Contract {
  const row = contractRow(db, customerId, id);
  const cancellation = latestCancellation(db, row.id);
  return {
    ...toSummary(row, today),
    description: row.description,
    ...newestInvoices(db, customerId, row.contract_number, today),
    credentialKinds: credentialKinds(db, row.id),
    cancellation: cancellation ? toCancellation(cancellation) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The list: keyset pages by contract number (`k1.<contractNumber>`)

export interface ContractQuery {
  cursor?: string;
  limit?: number;
  status?: ContractStatus;
  productType?: ProductType;
}

function decodeCursor(cursor: string): string {
  const match = /^k1\.([A-Za-z0-9-]{1,64})$/.exec(cursor);
  if (!match?.[1]) {
    throw cursorInvalid();
  }
  return match[1];
}

export function contractPage(
  db: Db,
  customerId: number,
  query: ContractQuery,
  today: string,
): { items: ContractSummary[]; nextCursor: string | null } {
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_CONTRACT_LIMIT;
  const rows = db
    .prepare(
      `SELECT ${CONTRACT_COLUMNS} FROM contracts c
       WHERE c.customer_id = ? AND (? IS NULL OR c.contract_number > ?)
         AND (? IS NULL OR c.product_type = ?)
       ORDER BY c.contract_number`,
    )
    .all(
      customerId,
      after,
      after,
      query.productType ?? null,
      query.productType ?? null,
    ) as ContractRow[];
  // the status depends on today, so it is filtered here rather than in SQL
  const matching = rows
    .map((row) => toSummary(row, today))
    .filter((c) => query.status === undefined || c.status === query.status);
  const items = matching.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: matching.length > limit && last ? `k1.${last.contractNumber}` : null,
  };
}
