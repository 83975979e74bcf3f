import { describe, expect, it } from 'vitest';
import { firstPdfYear, invoiceFingerprint, planPdfPrefetch, type PdfIndexEntry } from './pdf-plan';
import { summary } from './testing-invoices';

const invoices = [
  summary({ id: 'a', issueDate: '2026-05-01' }),
  summary({ id: 'b', issueDate: '2025-12-31' }),
  summary({ id: 'c', issueDate: '2024-01-01' }),
  summary({ id: 'd', issueDate: '2023-12-31' }),
  summary({ id: 'e', issueDate: '2026-06-01' }),
];

const stored = (invoice: (typeof invoices)[number]): PdfIndexEntry => ({
  etag: '"x"',
  fingerprint: invoiceFingerprint(invoice),
  number: invoice.number,
  size: 10,
});

describe('PDF prefetch plan', () => {
  it('counts the years back from this year', () => {
    expect(firstPdfYear(2026, 1)).toBe(2026);
    expect(firstPdfYear(2026, 3)).toBe(2024);
    expect(firstPdfYear(2026, 0)).toBe(2026);
  });

  it('plans every invoice of the window, newest first', () => {
    expect(planPdfPrefetch(invoices, new Map(), 3, 2026)).toEqual(['e', 'a', 'b', 'c']);
    expect(planPdfPrefetch(invoices, new Map(), 1, 2026)).toEqual(['e', 'a']);
    expect(planPdfPrefetch(invoices, new Map(), 10, 2026)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('skips PDFs stored for the invoice as it is, refetches those of a changed invoice', () => {
    const index = new Map<string, PdfIndexEntry>([
      ['e', stored(invoices[4]!)],
      // stored while the invoice was open; it has been paid since
      ['a', stored({ ...invoices[0]!, status: 'open', openCents: 1190 })],
      // stored without knowing the invoice (an on-demand fetch)
      ['b', { ...stored(invoices[1]!), fingerprint: null }],
    ]);
    expect(planPdfPrefetch(invoices, index, 3, 2026)).toEqual(['a', 'b', 'c']);
  });

  it('plans nothing when the window is complete', () => {
    const index = new Map(invoices.map((invoice) => [invoice.id, stored(invoice)]));
    expect(planPdfPrefetch(invoices, index, 10, 2026)).toEqual([]);
  });
});
