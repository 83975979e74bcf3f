/** What the DATEV export books for a year: its invoices and the credit notes reversing them. */
import type { Booking, InvoiceSummary } from '../../../shared/billing';
import type { Settings } from '../../../shared/domain';
import type { DatevDocument, DatevSettings } from './datev';

export function datevSettingsOf(settings: Settings): DatevSettings {
  return {
    chart: settings.datevChart,
    creditorAccount: settings.datevCreditorAccount,
    expenseAccount: settings.datevExpenseAccount,
    consultantNumber: settings.datevConsultantNumber,
    clientNumber: settings.datevClientNumber,
  };
}

/**
 * The provider charges 19 % on everything but reverse charge, which has no VAT at all: an
 * invoice with a net amount and no tax is a § 13b one.
 */
const isReverseCharge = (invoice: InvoiceSummary) =>
  invoice.vatCents === 0 && invoice.netCents !== 0;

/**
 * One document per invoice issued in the year (gross, Belegfeld 1 = its number), and one per
 * credit note (`GS-…` on the statement, negative) booked in the year; a credit note keeps the
 * tax treatment of the invoice it reverses.
 */
export function datevDocuments(
  year: number,
  invoices: readonly InvoiceSummary[],
  bookings: readonly Booking[],
): DatevDocument[] {
  const prefix = `${year}-`;
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const docs: DatevDocument[] = invoices
    .filter((invoice) => invoice.issueDate.startsWith(prefix))
    .map((invoice) => ({
      number: invoice.number,
      date: invoice.issueDate,
      grossCents: invoice.grossCents,
      reverseCharge: isReverseCharge(invoice),
      text: `Rechnung ${invoice.number}`,
    }));
  for (const booking of bookings) {
    if (booking.kind !== 'credit' || !booking.date.startsWith(prefix)) continue;
    const invoice = booking.invoiceId ? byId.get(booking.invoiceId) : undefined;
    docs.push({
      number: booking.reference,
      date: booking.date,
      grossCents: -Math.abs(booking.amountCents),
      reverseCharge: invoice ? isReverseCharge(invoice) : false,
      text: invoice ? `Gutschrift zu ${invoice.number}` : `Gutschrift ${booking.reference}`,
    });
  }
  return docs;
}
