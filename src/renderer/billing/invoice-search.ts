/**
 * Search and filter for the invoice list. Everything a keystroke compares against is computed
 * once per list (buildInvoiceIndex), so filtering 10,000 invoices is one cheap loop.
 */
import type { InvoiceStatus, InvoiceSummary } from '../../shared/billing';

export interface IndexedInvoice {
  invoice: InvoiceSummary;
  /** the invoice number in lower case */
  numberKey: string;
  /** the gross amount as "1234,56": no thousands separator, always two decimals */
  amountKey: string;
  year: number;
}

export interface InvoiceIndex {
  /** newest first */
  rows: readonly IndexedInvoice[];
  /** the years that have invoices, newest first */
  years: readonly number[];
}

export type StatusFilter = InvoiceStatus | 'all';
export type YearFilter = number | 'all';

export interface InvoiceFilter {
  status: StatusFilter;
  year: YearFilter;
  /** what the person typed: part of an invoice number, or an amount in de or en notation */
  query: string;
}

export const NO_FILTER: InvoiceFilter = { status: 'all', year: 'all', query: '' };

/** "1234,56" for 123456 cents; the form every amount query is compared with. */
export function amountKeyOf(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Newest first: by issue date, then by number (both descending). */
function newestFirst(a: InvoiceSummary, b: InvoiceSummary): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? 1 : -1;
  if (a.number !== b.number) return a.number < b.number ? 1 : -1;
  return 0;
}

/** Sort a list newest first and precompute its search keys and years. */
export function buildInvoiceIndex(invoices: readonly InvoiceSummary[]): InvoiceIndex {
  const rows = [...invoices].sort(newestFirst).map((invoice) => ({
    invoice,
    numberKey: invoice.number.toLowerCase(),
    amountKey: amountKeyOf(invoice.grossCents),
    year: Number(invoice.issueDate.slice(0, 4)),
  }));
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
  return { rows, years };
}

const AMOUNT_CHARS = /^-?\d[\d.,]*$/;

/**
 * The amount a query means, as a prefix of amountKey, or null when it is no amount.
 * German and English notation both work: "119" → "119," (any cents), "119,5" → "119,5",
 * "119,00" / "119.00" → "119,00", "1.234,56" / "1,234.56" / "1234,56" → "1234,56".
 * A separator followed by exactly three digits groups thousands ("1.234" is 1234 euros).
 */
export function amountPrefixOf(query: string): string | null {
  const s = query
    .toLowerCase()
    .replace(/€|eur/g, '')
    .replace(/[\s\u00a0\u202f]+/g, '');
  if (!AMOUNT_CHARS.test(s)) return null;
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;

  let decimalAt = -1;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) {
    decimalAt = Math.max(lastDot, lastComma);
  } else {
    const at = Math.max(lastDot, lastComma);
    const sep = body[at];
    const single = at !== -1 && body.indexOf(sep!) === at;
    if (single && body.length - at - 1 !== 3) decimalAt = at;
  }

  const intPart = (decimalAt === -1 ? body : body.slice(0, decimalAt)).replace(/[.,]/g, '');
  const decPart = decimalAt === -1 ? '' : body.slice(decimalAt + 1);
  if (intPart === '' || !/^\d*$/.test(decPart) || decPart.length > 2) return null;
  // "0119" is a piece of an invoice number, not an amount
  if (intPart.length > 1 && intPart.startsWith('0')) return null;
  return `${negative ? '-' : ''}${intPart},${decPart}`;
}

/** The invoices that pass the status, year and search filters, newest first. */
export function filterInvoices(index: InvoiceIndex, filter: InvoiceFilter): InvoiceSummary[] {
  const text = filter.query.trim().toLowerCase();
  const amount = text === '' ? null : amountPrefixOf(text);
  const out: InvoiceSummary[] = [];
  for (const row of index.rows) {
    if (filter.status !== 'all' && row.invoice.status !== filter.status) continue;
    if (filter.year !== 'all' && row.year !== filter.year) continue;
    if (
      text !== '' &&
      !row.numberKey.includes(text) &&
      !(amount !== null && row.amountKey.startsWith(amount))
    ) {
      continue;
    }
    out.push(row.invoice);
  }
  return out;
}

/** True when any filter narrows the list. */
export function isFiltered(filter: InvoiceFilter): boolean {
  return filter.status !== 'all' || filter.year !== 'all' || filter.query.trim() !== '';
}
