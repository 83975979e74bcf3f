import { describe, expect, it } from 'vitest';
import type { InvoiceStatus, InvoiceSummary } from '../../shared/billing';
import {
  amountKeyOf,
  amountPrefixOf,
  buildInvoiceIndex,
  filterInvoices,
  isFiltered,
  NO_FILTER,
} from './invoice-search';

function invoice(
  number: string,
  issueDate: string,
  grossCents: number,
  status: InvoiceStatus = 'paid',
): InvoiceSummary {
  return {
    id: `inv-${number}`,
    number,
    issueDate,
    dueDate: issueDate,
    netCents: Math.round(grossCents / 1.19),
    vatCents: grossCents - Math.round(grossCents / 1.19),
    grossCents,
    openCents: status === 'open' || status === 'overdue' ? grossCents : 0,
    status,
  };
}

const LIST = [
  invoice('RE-2025-000101', '2025-03-01', 11900),
  invoice('RE-2026-000119', '2026-01-01', 2380, 'open'),
  invoice('RE-2026-000120', '2026-02-01', 123456, 'overdue'),
  invoice('RE-2025-000100', '2025-02-01', 11950, 'cancelled'),
  invoice('RE-2026-000121', '2026-02-01', 50),
];
const index = buildInvoiceIndex(LIST);
const numbers = (query: string, extra: Partial<typeof NO_FILTER> = {}) =>
  filterInvoices(index, { ...NO_FILTER, ...extra, query }).map((i) => i.number);

describe('amountKeyOf', () => {
  it('writes cents as euros with a comma and two decimals, no grouping', () => {
    expect(amountKeyOf(11900)).toBe('119,00');
    expect(amountKeyOf(123456)).toBe('1234,56');
    expect(amountKeyOf(5)).toBe('0,05');
    expect(amountKeyOf(-2500)).toBe('-25,00');
  });
});

describe('amountPrefixOf', () => {
  it('reads whole euros as any cents of that amount', () => {
    expect(amountPrefixOf('119')).toBe('119,');
    expect(amountPrefixOf('119,')).toBe('119,');
  });

  it('reads German and English decimals', () => {
    expect(amountPrefixOf('119,00')).toBe('119,00');
    expect(amountPrefixOf('119.00')).toBe('119,00');
    expect(amountPrefixOf('119,5')).toBe('119,5');
  });

  it('drops thousands separators of either notation', () => {
    expect(amountPrefixOf('1.234,56')).toBe('1234,56');
    expect(amountPrefixOf('1,234.56')).toBe('1234,56');
    expect(amountPrefixOf('1.234')).toBe('1234,');
    expect(amountPrefixOf('1.234.567')).toBe('1234567,');
  });

  it('ignores the currency and spaces', () => {
    expect(amountPrefixOf('1.234,56 €')).toBe('1234,56');
    expect(amountPrefixOf('€ 119')).toBe('119,');
    expect(amountPrefixOf('119 EUR')).toBe('119,');
  });

  it('refuses what is no amount', () => {
    expect(amountPrefixOf('RE-2026')).toBeNull();
    expect(amountPrefixOf('0119')).toBeNull();
    expect(amountPrefixOf('1,2,3.4.5,678')).toBeNull();
    expect(amountPrefixOf('12,345')).toBe('12345,');
    expect(amountPrefixOf('')).toBeNull();
  });
});

describe('buildInvoiceIndex', () => {
  it('sorts newest first, by issue date then number', () => {
    expect(index.rows.map((r) => r.invoice.number)).toEqual([
      'RE-2026-000121',
      'RE-2026-000120',
      'RE-2026-000119',
      'RE-2025-000101',
      'RE-2025-000100',
    ]);
  });

  it('lists the years that have invoices, newest first', () => {
    expect(index.years).toEqual([2026, 2025]);
    expect(buildInvoiceIndex([]).years).toEqual([]);
  });

  it('leaves the given list alone', () => {
    expect(LIST[0]!.number).toBe('RE-2025-000101');
  });
});

describe('filterInvoices', () => {
  it('returns everything, newest first, without a filter', () => {
    expect(numbers('')).toHaveLength(5);
    expect(numbers('   ')).toHaveLength(5);
  });

  it('finds a number by any part, in any case', () => {
    expect(numbers('000120')).toEqual(['RE-2026-000120']);
    expect(numbers('re-2025')).toEqual(['RE-2025-000101', 'RE-2025-000100']);
  });

  it('finds amounts typed the German way', () => {
    // "119" is also part of RE-2026-000119
    expect(numbers('119')).toEqual(['RE-2026-000119', 'RE-2025-000101', 'RE-2025-000100']);
    expect(numbers('119,00')).toEqual(['RE-2025-000101']);
    expect(numbers('119,5')).toEqual(['RE-2025-000100']);
    expect(numbers('1.234,56')).toEqual(['RE-2026-000120']);
    expect(numbers('1234,56')).toEqual(['RE-2026-000120']);
    expect(numbers('0,50')).toEqual(['RE-2026-000121']);
    expect(numbers('23,80 €')).toEqual(['RE-2026-000119']);
  });

  it('finds amounts typed the English way', () => {
    expect(numbers('1,234.56')).toEqual(['RE-2026-000120']);
    expect(numbers('119.00')).toEqual(['RE-2025-000101']);
  });

  it('filters by status', () => {
    expect(numbers('', { status: 'open' })).toEqual(['RE-2026-000119']);
    expect(numbers('', { status: 'overdue' })).toEqual(['RE-2026-000120']);
    expect(numbers('', { status: 'cancelled' })).toEqual(['RE-2025-000100']);
    expect(numbers('', { status: 'paid' })).toEqual(['RE-2026-000121', 'RE-2025-000101']);
  });

  it('filters by year of issue', () => {
    expect(numbers('', { year: 2025 })).toEqual(['RE-2025-000101', 'RE-2025-000100']);
    expect(numbers('', { year: 2024 })).toEqual([]);
  });

  it('combines status, year and search', () => {
    expect(numbers('119', { year: 2025, status: 'paid' })).toEqual(['RE-2025-000101']);
    expect(numbers('119', { year: 2026, status: 'paid' })).toEqual([]);
  });

  it('stays fast on 10,000 invoices', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      invoice(
        `RE-${2016 + (i % 10)}-${String(i).padStart(6, '0')}`,
        `${2016 + (i % 10)}-01-01`,
        1000 + i,
      ),
    );
    const big = buildInvoiceIndex(many);
    const started = performance.now();
    for (const query of ['1', '12', '123', '1.23', '12,34', 'RE-2020']) {
      filterInvoices(big, { ...NO_FILTER, query });
    }
    // six keystrokes; the budget is 16 ms each on a slow machine
    expect(performance.now() - started).toBeLessThan(6 * 16);
  });
});

describe('isFiltered', () => {
  it('is true only when something narrows the list', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '1' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, year: 2026 })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, status: 'open' })).toBe(true);
  });
});
