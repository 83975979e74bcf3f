/**
 * "Archiv exportieren": one year's invoices as a ZIP of PDFs plus the CSV list. The same
 * invoices and PDFs give the same bytes (fixed order, times taken from the invoices), so an
 * export can be compared with an earlier one.
 */
import { zipSync, type Zippable } from 'fflate';
import type { InvoiceSummary } from '../../../shared/billing';
import { invoiceCsv } from './invoice-csv';

/** A file name from an invoice number: only characters every file system takes. */
export function safeFileName(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'unbenannt';
}

export const pdfFileName = (number: string) => `Rechnung-${safeFileName(number)}.pdf`;
export const archiveFileName = (year: number) => `Rechnungen-${year}.zip`;
export const csvFileName = (year: number) => `Rechnungen-${year}.csv`;

/** The invoices issued in a year, oldest first (the order a tax advisor files them). */
export function invoicesOfYear(
  invoices: readonly InvoiceSummary[],
  year: number,
): InvoiceSummary[] {
  const prefix = `${year}-`;
  return invoices
    .filter((invoice) => invoice.issueDate.startsWith(prefix))
    .sort((a, b) =>
      a.issueDate !== b.issueDate
        ? a.issueDate < b.issueDate
          ? -1
          : 1
        : a.number < b.number
          ? -1
          : a.number > b.number
            ? 1
            : 0,
    );
}

/** A calendar day as a local Date: the ZIP stores local time fields, so every zone agrees. */
function dayOf(iso: string, fallbackYear: number): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match
    ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)
    : new Date(fallbackYear, 0, 1, 12);
}

/**
 * The ZIP: the CSV (every invoice of the year) first, then each PDF given in `pdfs`, in the
 * CSV's order. PDFs are stored as they are (already compressed), the CSV deflated.
 */
export function buildYearArchive(
  year: number,
  invoices: readonly InvoiceSummary[],
  pdfs: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const ofYear = invoicesOfYear(invoices, year);
  const last = ofYear[ofYear.length - 1];
  const files: Zippable = {
    [csvFileName(year)]: [
      Buffer.from(invoiceCsv(ofYear), 'utf8'),
      { level: 6, mtime: dayOf(last?.issueDate ?? '', year) },
    ],
  };
  for (const invoice of ofYear) {
    const pdf = pdfs.get(invoice.id);
    if (!pdf) continue;
    files[pdfFileName(invoice.number)] = [pdf, { level: 0, mtime: dayOf(invoice.issueDate, year) }];
  }
  return zipSync(files);
}
