/**
 * The account statement ("Kontoauszug"): every booking in date order with the running balance.
 * Invoices and return debits (and their fees) raise it, payments and credits lower it.
 */
import type { BillingStatement, Booking, BookingKind } from '../../../src/shared/billing';
import type { Db } from '../db';

export type UnbalancedBooking = Omit<Booking, 'balanceCents'>;

/**
 * Orders by date (stable: same-day bookings keep their given order) and adds the balance after
 * each booking. Pure, so the rule is tested without a database.
 */
export function withRunningBalance(bookings: readonly UnbalancedBooking[]): BillingStatement {
  const ordered = bookings
    .map((b, i) => ({ b, i }))
    .sort((x, y) => (x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : x.i - y.i));
  let balance = 0;
  const out: Booking[] = ordered.map(({ b }) => {
    balance += b.amountCents;
    return { ...b, balanceCents: balance };
  });
  return { balanceCents: balance, bookings: out };
}

type BookingRow = {
  seq: number;
  id: string;
  date: string;
  kind: BookingKind;
  reference: string;
  amount_cents: number;
  invoice_id: string | null;
};

const COLUMNS = 'seq, id, date, kind, reference, amount_cents, invoice_id';

/** A row as a booking; its members in the order the statement's JSON has them. */
const bookingOf = (r: BookingRow): UnbalancedBooking & { seq: number } => ({
  id: r.id,
  date: r.date,
  kind: r.kind,
  reference: r.reference,
  amountCents: r.amount_cents,
  invoiceId: r.invoice_id,
  seq: r.seq,
});

/** The whole statement, and its newest booking's seq (0 without any). */
export function loadStatement(db: Db, customerId: number): BillingStatement & { seq: number } {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM bookings WHERE customer_id = ? ORDER BY date, seq`)
    .all(customerId) as BookingRow[];
  const seq = rows.reduce((max, row) => Math.max(max, row.seq), 0);
  const statement = withRunningBalance(rows.map(bookingOf).map(({ seq: _seq, ...b }) => b));
  return { ...statement, seq };
}

/** The bookings added after `seq`, in booking order. */
export function loadBookingsAfter(
  db: Db,
  customerId: number,
  seq: number,
): (UnbalancedBooking & { seq: number })[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM bookings WHERE customer_id = ? AND seq > ? ORDER BY seq`)
    .all(customerId, seq) as BookingRow[];
  return rows.map(bookingOf);
}
