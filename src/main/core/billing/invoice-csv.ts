/**
 * The invoice list as CSV for a German tax advisor's Excel: semicolons, decimal commas,
 * dates as TT.MM.JJJJ, UTF-8 with a byte order mark (without it Excel reads "Fälligkeit" as
 * cp1252) and CRLF line ends (RFC 4180).
 */
import type { InvoiceStatus, InvoiceSummary } from '../../../shared/billing';

export const CSV_HEADER = [
  'Rechnungsnummer',
  'Rechnungsdatum',
  'Fälligkeit',
  'Netto',
  'USt',
  'Brutto',
  'Status',
] as const;

const STATUS: Record<InvoiceStatus, string> = {
  paid: 'bezahlt',
  open: 'offen',
  overdue: 'überfällig',
  cancelled: 'storniert',
};

/** Cents as a German amount without thousands separators: -123456 → "-1234,56". */
export function formatCentsDe(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** YYYY-MM-DD → TT.MM.JJJJ (anything else passes through). */
export function formatDateDe(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/**
 * One text cell: quoted when it holds a separator, a quote or a line break (quotes doubled),
 * and defused when it starts like a formula (=, +, -, @) so a spreadsheet shows it as text.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file as a string, BOM first. */
export function invoiceCsv(invoices: readonly InvoiceSummary[]): string {
  const rows = [CSV_HEADER.join(';')];
  for (const invoice of invoices) {
    rows.push(
      [
        csvText(invoice.number),
        formatDateDe(invoice.issueDate),
        formatDateDe(invoice.dueDate),
        formatCentsDe(invoice.netCents),
        formatCentsDe(invoice.vatCents),
        formatCentsDe(invoice.grossCents),
        csvText(STATUS[invoice.status] ?? invoice.status),
      ].join(';'),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
