/**
 * "Archiv exportieren": one year's invoices as a ZIP of PDFs and e-invoices plus the CSV list
 * and the DATEV Buchungsstapel, streamed (zip-stream.ts). The same invoices and documents give
 * the same bytes (fixed order, times taken from the invoices).
 */
import type { InvoiceSummary } from '../../../shared/billing';
import { invoiceCsv } from './invoice-csv';
import { collectZip, type ZipEntry } from './zip-stream';

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

/** What goes into a year's archive besides the CSV, fetched one invoice at a time. */
export interface ArchiveSource {
  pdf(invoice: InvoiceSummary): Promise<Uint8Array | undefined>;
  /** the e-invoice and its file name, when there is one */
  einvoice?(invoice: InvoiceSummary): Promise<{ name: string; data: Uint8Array } | undefined>;
  /** the DATEV Buchungsstapel, after the CSV */
  datev?(): Promise<{ name: string; data: Uint8Array }>;
}

/**
 * The archive's entries: the CSV (every invoice of the year) first, the DATEV file, then per
 * invoice in the CSV's order its PDF and its e-invoice where the source has them. PDFs and
 * ZUGFeRD files are stored as they are (already compressed), text deflated.
 */
export async function* yearArchiveEntries(
  year: number,
  invoices: readonly InvoiceSummary[],
  source: ArchiveSource,
): AsyncGenerator<ZipEntry> {
  const ofYear = invoicesOfYear(invoices, year);
  const last = ofYear[ofYear.length - 1];
  const end = dayOf(last?.issueDate ?? '', year);
  yield {
    name: csvFileName(year),
    data: Buffer.from(invoiceCsv(ofYear), 'utf8'),
    level: 6,
    mtime: end,
  };
  if (source.datev) {
    const datev = await source.datev();
    yield { name: datev.name, data: datev.data, level: 6, mtime: end };
  }
  for (const invoice of ofYear) {
    const mtime = dayOf(invoice.issueDate, year);
    const pdf = await source.pdf(invoice);
    if (pdf) yield { name: pdfFileName(invoice.number), data: pdf, level: 0, mtime };
    const einvoice = await source.einvoice?.(invoice);
    if (einvoice) {
      const level = einvoice.name.endsWith('.pdf') ? 0 : 6;
      yield { name: einvoice.name, data: einvoice.data, level, mtime };
    }
  }
}

/** The ZIP of a year with the PDFs given (in memory: for tests and small archives). */
export function buildYearArchive(
  year: number,
  invoices: readonly InvoiceSummary[],
  pdfs: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array> {
  return collectZip(
    yearArchiveEntries(year, invoices, { pdf: (invoice) => Promise.resolve(pdfs.get(invoice.id)) }),
  );
}
