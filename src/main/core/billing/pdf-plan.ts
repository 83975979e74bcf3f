/** Which invoice PDFs to keep offline, and when one must be fetched again. Pure. */
import type { InvoiceSummary } from '../../../shared/billing';

/** What the cache knows of one stored PDF. */
export interface PdfIndexEntry {
  etag?: string;
  /** the invoice's fingerprint when the PDF was fetched; null when it was not known */
  fingerprint: string | null;
  /** the invoice number, for the file name, so a cached PDF opens without reading the list */
  number: string | null;
  size: number;
}

/**
 * A short string that changes whenever the invoice's summary does (paid, cancelled, …):
 * a PDF fetched for another fingerprint is asked for again (with its ETag, so an unchanged
 * one costs a 304).
 */
export function invoiceFingerprint(invoice: InvoiceSummary): string {
  return [
    invoice.number,
    invoice.issueDate,
    invoice.dueDate,
    invoice.status,
    invoice.netCents,
    invoice.vatCents,
    invoice.grossCents,
    invoice.openCents,
  ].join('|');
}

/** The first issue year kept offline: this year and the `years - 1` before it. */
export function firstPdfYear(currentYear: number, years: number): number {
  return currentYear - (Math.max(1, Math.floor(years)) - 1);
}

/**
 * The ids whose PDF to fetch, newest first (the likeliest to be opened): every invoice
 * issued in the window that has no PDF in the cache or one fetched for an older fingerprint.
 */
export function planPdfPrefetch(
  invoices: readonly InvoiceSummary[],
  index: ReadonlyMap<string, PdfIndexEntry>,
  years: number,
  currentYear: number,
): string[] {
  const first = firstPdfYear(currentYear, years);
  return invoices
    .filter((invoice) => Number(invoice.issueDate.slice(0, 4)) >= first)
    .filter((invoice) => index.get(invoice.id)?.fingerprint !== invoiceFingerprint(invoice))
    .sort((a, b) => (a.issueDate === b.issueDate ? 0 : a.issueDate < b.issueDate ? 1 : -1))
    .map((invoice) => invoice.id);
}
