/**
 * Invoices: issuing them (number, lines, VAT per line, the statement booking), booking what
 * pays or reverses them, and reading them back as the contract's shapes. The status is not
 * stored: it follows from the open amount, the cancellation and today's date.
 */
import { randomBytes } from 'node:crypto';
import type {
  Invoice,
  InvoiceLine,
  InvoiceStatus,
  InvoiceSummary,
  BookingKind,
  PaymentMethodKind,
} from '../../../src/shared/billing';
import { vatAmount } from '../../../src/shared/billing-rules';
import type { Db } from '../db';
import { addDays } from './dates';
import { PAYMENT_TERM_DAYS, VAT_RATE } from './provider';

/** What an invoice says about its recipient and payment, frozen at issue (it is a document). */
export interface InvoiceSnapshot {
  customerNumber: string;
  recipient: {
    company: string | null;
    name: string;
    street: string;
    postalCode: string;
    city: string;
    /** ISO 3166-1 alpha-2 */
    country: string;
    vatId: string | null;
  };
  payment: { method: PaymentMethodKind; mandateReference: string | null };
}

/** An invoice with what its PDF needs besides the contract's shape. */
export interface InvoiceDocument {
  invoice: Invoice;
  snapshot: InvoiceSnapshot;
}

export interface LineInput {
  description: string;
  contractId: string | null;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unitNetCents: number;
  /** percent; default 19 */
  vatRate?: number;
}

// random ids come from a pooled buffer: seeding tens of thousands of rows calls this a lot
const ID_BYTES = 10;
let pool = Buffer.alloc(0);
let poolOffset = 0;

export function newId(prefix: string): string {
  if (poolOffset + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * 512);
    poolOffset = 0;
  }
  const id = pool.toString('hex', poolOffset, poolOffset + ID_BYTES);
  poolOffset += ID_BYTES;
  return `${prefix}_${id}`;
}

export function buildLine(input: LineInput): InvoiceLine {
  const vatRate = input.vatRate ?? VAT_RATE;
  const netCents = input.quantity * input.unitNetCents;
  const vatCents = vatAmount(netCents, vatRate);
  return {
    description: input.description,
    contractId: input.contractId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    quantity: input.quantity,
    unitNetCents: input.unitNetCents,
    netCents,
    vatRate,
    vatCents,
    grossCents: netCents + vatCents,
  };
}

/** Net, tax and gross per VAT rate, highest rate first (§14 Abs. 4 Nr. 7/8 UStG). */
export function taxesOf(lines: InvoiceLine[]): Invoice['taxes'] {
  const byRate = new Map<number, Invoice['taxes'][number]>();
  for (const line of lines) {
    const t = byRate.get(line.vatRate) ?? {
      vatRate: line.vatRate,
      netCents: 0,
      vatCents: 0,
      grossCents: 0,
    };
    t.netCents += line.netCents;
    t.vatCents += line.vatCents;
    t.grossCents += line.grossCents;
    byRate.set(line.vatRate, t);
  }
  return [...byRate.values()].sort((a, b) => b.vatRate - a.vatRate);
}

export function invoiceStatus(
  row: { open_cents: number; due_date: string; cancelled_on: string | null },
  today: string,
): InvoiceStatus {
  if (row.cancelled_on !== null) return 'cancelled';
  if (row.open_cents <= 0) return 'paid';
  return row.due_date < today ? 'overdue' : 'open';
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface IssueInput {
  issueDate: string;
  /** default: issue date + the payment term */
  dueDate?: string;
  lines: LineInput[];
  snapshot: InvoiceSnapshot;
}

export interface Issued {
  id: string;
  number: string;
  grossCents: number;
}

/**
 * Issues invoices and books on them, with statements prepared once (the large-account seed
 * writes tens of thousands of rows with one writer). Run it inside a transaction.
 */
export class InvoiceWriter {
  private readonly nextNumber;
  private readonly insertInvoice;
  private readonly insertLine;
  private readonly insertBooking;
  private readonly applyToInvoice;
  private readonly markCancelled;
  private readonly invoiceRow;

  constructor(
    private readonly db: Db,
    private readonly now: number,
  ) {
    this.nextNumber = db.prepare(
      `INSERT INTO invoice_numbers (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
    );
    this.insertInvoice = db.prepare(
      `INSERT INTO invoices (id, customer_id, number, issue_date, due_date, service_start,
         service_end, net_cents, vat_cents, gross_cents, open_cents, cancelled_on, snapshot,
         created_at, updated_at)
       VALUES (@id, @customerId, @number, @issueDate, @dueDate, @serviceStart, @serviceEnd,
         @net, @vat, @gross, @gross, NULL, @snapshot, @now, @now)`,
    );
    this.insertLine = db.prepare(
      `INSERT INTO invoice_lines (invoice_id, position, description, contract_id, period_start,
         period_end, quantity, unit_net_cents, net_cents, vat_rate, vat_cents, gross_cents)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertBooking = db.prepare(
      `INSERT INTO bookings (id, customer_id, date, kind, reference, amount_cents, invoice_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // a payment settles at most what is open (an overpayment stays on the statement only)
    this.applyToInvoice = db.prepare(
      `UPDATE invoices SET open_cents = MAX(0, open_cents + ?), updated_at = ?
       WHERE id = ? AND customer_id = ?`,
    );
    this.markCancelled = db.prepare(
      `UPDATE invoices SET cancelled_on = ?, open_cents = 0, updated_at = ?
       WHERE id = ? AND customer_id = ?`,
    );
    this.invoiceRow = db.prepare(
      'SELECT number, gross_cents, open_cents FROM invoices WHERE id = ? AND customer_id = ?',
    );
  }

  /** `RE-<year>-<running number of that year, six digits>` */
  number(issueDate: string): string {
    const year = Number(issueDate.slice(0, 4));
    const { last } = this.nextNumber.get(year) as { last: number };
    return `RE-${year}-${String(last).padStart(6, '0')}`;
  }

  issue(customerId: number, input: IssueInput): Issued {
    if (input.lines.length === 0) throw new Error('an invoice needs at least one line');
    const lines = input.lines.map(buildLine);
    const id = newId('inv');
    const number = this.number(input.issueDate);
    const net = lines.reduce((s, l) => s + l.netCents, 0);
    const vat = lines.reduce((s, l) => s + l.vatCents, 0);
    const gross = net + vat;
    this.insertInvoice.run({
      id,
      customerId,
      number,
      issueDate: input.issueDate,
      dueDate: input.dueDate ?? addDays(input.issueDate, PAYMENT_TERM_DAYS),
      serviceStart: lines.reduce((m, l) => (l.periodStart < m ? l.periodStart : m), '9999'),
      serviceEnd: lines.reduce((m, l) => (l.periodEnd > m ? l.periodEnd : m), '0000'),
      net,
      vat,
      gross,
      snapshot: JSON.stringify(input.snapshot),
      now: this.now,
    });
    lines.forEach((l, i) => {
      this.insertLine.run(
        id,
        i + 1,
        l.description,
        l.contractId,
        l.periodStart,
        l.periodEnd,
        l.quantity,
        l.unitNetCents,
        l.netCents,
        l.vatRate,
        l.vatCents,
        l.grossCents,
      );
    });
    this.booking(customerId, input.issueDate, 'invoice', number, gross, id);
    return { id, number, grossCents: gross };
  }

  /** A statement booking, without touching any invoice. */
  booking(
    customerId: number,
    date: string,
    kind: BookingKind,
    reference: string,
    amountCents: number,
    invoiceId: string | null,
  ): string {
    const id = newId('bk');
    this.insertBooking.run(id, customerId, date, kind, reference, amountCents, invoiceId);
    return id;
  }

  private row(customerId: number, invoiceId: string) {
    const row = this.invoiceRow.get(invoiceId, customerId) as
      { number: string; gross_cents: number; open_cents: number } | undefined;
    if (!row) throw new Error(`no invoice ${invoiceId} of customer ${customerId}`);
    return row;
  }

  /** A payment of `amountCents` (> 0) on the invoice; default: all that is open. */
  pay(customerId: number, invoiceId: string, date: string, amountCents?: number): number {
    const row = this.row(customerId, invoiceId);
    const amount = amountCents ?? row.open_cents;
    this.booking(customerId, date, 'payment', row.number, -amount, invoiceId);
    this.applyToInvoice.run(-amount, this.now, invoiceId, customerId);
    return amount;
  }

  /** The bank gave a direct debit back: the amount is open again, and the fee is charged. */
  returnDebit(
    customerId: number,
    invoiceId: string,
    date: string,
    amountCents: number,
    feeCents: number,
  ) {
    const row = this.row(customerId, invoiceId);
    this.booking(customerId, date, 'return_debit', row.number, amountCents, invoiceId);
    this.applyToInvoice.run(amountCents, this.now, invoiceId, customerId);
    this.booking(customerId, date, 'return_debit_fee', row.number, feeCents, invoiceId);
  }

  /** Reverses the whole invoice by a credit note (`GS-…` on the statement). */
  cancel(customerId: number, invoiceId: string, date: string): void {
    // what was already paid on it is owed back: the statement balance goes below zero
    const row = this.row(customerId, invoiceId);
    this.booking(
      customerId,
      date,
      'credit',
      row.number.replace(/^RE-/, 'GS-'),
      -row.gross_cents,
      invoiceId,
    );
    this.markCancelled.run(date, this.now, invoiceId, customerId);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

interface SummaryRow {
  id: string;
  number: string;
  issue_date: string;
  due_date: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  open_cents: number;
  cancelled_on: string | null;
}

interface InvoiceRow extends SummaryRow {
  service_start: string;
  service_end: string;
  snapshot: string;
}

interface LineRow {
  description: string;
  contract_id: string | null;
  period_start: string;
  period_end: string;
  quantity: number;
  unit_net_cents: number;
  net_cents: number;
  vat_rate: number;
  vat_cents: number;
  gross_cents: number;
}

function toSummary(row: SummaryRow, today: string): InvoiceSummary {
  const status = invoiceStatus(row, today);
  return {
    id: row.id,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    netCents: row.net_cents,
    vatCents: row.vat_cents,
    grossCents: row.gross_cents,
    openCents: status === 'cancelled' ? 0 : row.open_cents,
    status,
  };
}

/** The invoice if it belongs to the customer; another customer's is as absent as none. */
export function loadInvoiceDocument(
  db: Db,
  customerId: number,
  invoiceId: string,
  today: string,
): InvoiceDocument | null {
  const row = db
    .prepare('SELECT * FROM invoices WHERE id = ? AND customer_id = ?')
    .get(invoiceId, customerId) as InvoiceRow | undefined;
  if (!row) return null;
  const lineRows = db
    .prepare('SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position')
    .all(row.id) as LineRow[];
  const lines: InvoiceLine[] = lineRows.map((l) => ({
    description: l.description,
    contractId: l.contract_id,
    periodStart: l.period_start,
    periodEnd: l.period_end,
    quantity: l.quantity,
    unitNetCents: l.unit_net_cents,
    netCents: l.net_cents,
    vatRate: l.vat_rate,
    vatCents: l.vat_cents,
    grossCents: l.gross_cents,
  }));
  const snapshot = JSON.parse(row.snapshot) as InvoiceSnapshot;
  return {
    invoice: {
      ...toSummary(row, today),
      customerNumber: snapshot.customerNumber,
      servicePeriodStart: row.service_start,
      servicePeriodEnd: row.service_end,
      lines,
      taxes: taxesOf(lines),
    },
    snapshot,
  };
}

export function invoiceIdByNumber(db: Db, customerId: number, number: string): string | null {
  const row = db
    .prepare('SELECT id FROM invoices WHERE number = ? AND customer_id = ?')
    .get(number, customerId) as { id: string } | undefined;
  return row?.id ?? null;
}
