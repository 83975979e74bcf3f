import { describe, expect, it } from 'vitest';
import { ApiError } from '../problem';
import {
  checkInvoiceCursor,
  encodeInvoiceCursor,
  invoicePage,
  invoicePageEtag,
  type InvoiceSet,
} from './invoice-pages';

function set(count: number, perDay = 3): InvoiceSet {
  const rows: InvoiceSet['rows'] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / perDay);
    const date = new Date(Date.UTC(2026, 0, 1) - day * 86_400_000).toISOString().slice(0, 10);
    rows.push([
      `inv_${i}`,
      `RE-${date.slice(0, 4)}-${String(100_000 - i).padStart(6, '0')}`,
      date,
      date,
      100,
      19,
      119,
      0,
      null,
    ]);
  }
  return { rows, statuses: rows.map(() => 'paid'), digest: `d${count}` };
}

describe('invoice pages', () => {
  it('covers every invoice exactly once, in order, across page sizes', () => {
    for (const limit of [1, 2, 7, 50, 1000]) {
      const s = set(101);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = invoicePage(s, cursor, limit);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor !== undefined);
      expect(seen).toEqual(s.rows.map((r) => r[0]));
      expect(pages).toBe(Math.ceil(101 / limit));
    }
  });

  it('continues after the cursor even when invoices were added meanwhile', () => {
    const s = set(10);
    const first = invoicePage(s, undefined, 4);
    // a newer invoice arrives before the second page is asked for
    const grown: InvoiceSet = {
      rows: [
        ['inv_new', 'RE-2026-100001', '2026-01-02', '2026-01-02', 1, 0, 1, 1, null],
        ...s.rows,
      ],
      statuses: ['open', ...s.statuses],
      digest: 'other',
    };
    const second = invoicePage(grown, first.nextCursor ?? undefined, 4);
    expect(second.items.map((i) => i.id)).toEqual(['inv_4', 'inv_5', 'inv_6', 'inv_7']);
  });

  it('answers an empty last page and null cursor for an empty set', () => {
    expect(invoicePage(set(0), undefined, 10)).toEqual({ items: [], nextCursor: null });
    const s = set(3);
    expect(invoicePage(s, encodeInvoiceCursor('2026-01-01', 'RE-2026-099998'), 10).items).toEqual(
      [],
    );
  });

  it('refuses a malformed cursor with a field error', () => {
    /** the problem checkInvoiceCursor throws, or null when it lets the cursor pass */
    const problemOf = (cursor: string) => {
      try {
        checkInvoiceCursor(cursor);
      } catch (err) {
        return (err as ApiError).toProblem();
      }
      return null;
    };
    for (const bad of ['', 'garbage', 'x', 'c1.2026-01-01', 'c1.2026-1-1.RE-2026-000001']) {
      expect(problemOf(bad), bad).toMatchObject({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'cursor', code: 'cursor_invalid' }],
      });
    }
    expect(() => checkInvoiceCursor(undefined)).not.toThrow();
  });

  it('gives each page of a set its own ETag, and a new one when the set changes', () => {
    const a = set(10);
    const b = { ...a, digest: 'changed' };
    expect(invoicePageEtag(a, undefined, 5)).toBe(invoicePageEtag(a, undefined, 5));
    expect(invoicePageEtag(a, undefined, 5)).not.toBe(invoicePageEtag(a, undefined, 6));
    expect(invoicePageEtag(a, undefined, 5)).not.toBe(invoicePageEtag(b, undefined, 5));
    expect(invoicePageEtag(a, undefined, 5)).toMatch(/^"[\w-]{32}"$/);
  });
});
