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

export function loadStatement(db: Db, customerId: number): BillingStatement {
  const rows = db
    .prepare(
      `SELECT id, date, kind, reference, amount_cents, invoice_id FROM bookings
       WHERE customer_id = ? ORDER BY date, seq`,
    )
    .all(customerId) as {
    id: string;
    date: string;
    kind: BookingKind;
    reference: string;
    amount_cents: number;
    invoice_id: string | null;
  }[];
  return withRunningBalance(
    rows.map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      reference: r.reference,
      amountCents: r.amount_cents,
      invoiceId: r.invoice_id,
    })),
  );
}
