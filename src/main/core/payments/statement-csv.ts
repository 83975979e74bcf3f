/**
 * The statement ("Kontoauszug") as CSV, in the invoice list's format (invoice-csv.ts): for a
 * German spreadsheet, with the running balance after each booking as the statement shows it.
 */
import type { BillingStatement, Booking, BookingKind } from '../../../shared/billing';
import { csvText, formatCentsDe, formatDateDe } from '../billing/invoice-csv';

export const STATEMENT_CSV_HEADER = ['Datum', 'Art', 'Referenz', 'Betrag', 'Saldo'] as const;

const KIND: Record<BookingKind, string> = {
  invoice: 'Rechnung',
  payment: 'Zahlung',
  credit: 'Gutschrift',
  return_debit: 'Rücklastschrift',
  return_debit_fee: 'Rücklastschriftgebühr',
};

/** The bookings from `from` to `to` (YYYY-MM-DD, both included; either may be open). */
export function bookingsBetween(
  statement: BillingStatement,
  from: string | undefined,
  to: string | undefined,
): Booking[] {
  return statement.bookings.filter(
    (booking) => (!from || booking.date >= from) && (!to || booking.date <= to),
  );
}

/** The file as a string, BOM first, oldest booking first (the order of the running balance). */
export function statementCsv(bookings: readonly Booking[]): string {
  const rows = [STATEMENT_CSV_HEADER.join(';')];
  for (const booking of bookings) {
    rows.push(
      [
        formatDateDe(booking.date),
        csvText(KIND[booking.kind] ?? booking.kind),
        csvText(booking.reference),
        formatCentsDe(booking.amountCents),
        formatCentsDe(booking.balanceCents),
      ].join(';'),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** "Kontoauszug_K-100234_2026-01-01_bis_2026-03-31.csv" (open ends left out). */
export function statementFileName(
  customerNumber: string | null,
  from: string | undefined,
  to: string | undefined,
): string {
  const parts = ['Kontoauszug'];
  if (customerNumber) parts.push(customerNumber.replace(/[^A-Za-z0-9-]/g, ''));
  if (from) parts.push(`ab_${from}`);
  if (to) parts.push(`bis_${to}`);
  return `${parts.join('_')}.csv`;
}
