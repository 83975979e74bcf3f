import { describe, expect, it } from 'vitest';
import { buildLine, invoiceStatus, taxesOf } from './invoices';

const period = { contractId: null, periodStart: '2026-03-01', periodEnd: '2026-03-31' };

describe('invoice lines and taxes', () => {
  it('computes net, VAT (per line, half up) and gross', () => {
    expect(
      buildLine({ ...period, description: 'Webhosting', quantity: 1, unitNetCents: 1499 }),
    ).toMatchObject({ netCents: 1499, vatRate: 19, vatCents: 285, grossCents: 1784 });
    expect(
      buildLine({ ...period, description: 'Mail', quantity: 10, unitNetCents: 100, vatRate: 7 }),
    ).toMatchObject({ netCents: 1000, vatRate: 7, vatCents: 70, grossCents: 1070 });
  });

  it('sums per rate, highest rate first', () => {
    const lines = [
      buildLine({ ...period, description: 'a', quantity: 1, unitNetCents: 1499 }),
      buildLine({ ...period, description: 'b', quantity: 1, unitNetCents: 1000, vatRate: 7 }),
      buildLine({ ...period, description: 'c', quantity: 1, unitNetCents: 4900 }),
    ];
    expect(taxesOf(lines)).toEqual([
      { vatRate: 19, netCents: 6399, vatCents: 285 + 931, grossCents: 6399 + 1216 },
      { vatRate: 7, netCents: 1000, vatCents: 70, grossCents: 1070 },
    ]);
  });
});

describe('invoice status', () => {
  const row = (open_cents: number, due_date: string, cancelled_on: string | null = null) => ({
    open_cents,
    due_date,
    cancelled_on,
  });
  it('is open until the due date, overdue the day after', () => {
    expect(invoiceStatus(row(100, '2026-03-19'), '2026-03-18')).toBe('open');
    expect(invoiceStatus(row(100, '2026-03-19'), '2026-03-19')).toBe('open');
    expect(invoiceStatus(row(100, '2026-03-19'), '2026-03-20')).toBe('overdue');
  });
  it('is paid when nothing is open, cancelled whatever else', () => {
    expect(invoiceStatus(row(0, '2026-03-19'), '2026-05-01')).toBe('paid');
    expect(invoiceStatus(row(100, '2026-03-19', '2026-03-10'), '2026-05-01')).toBe('cancelled');
    expect(invoiceStatus(row(0, '2026-03-19', '2026-03-10'), '2026-03-01')).toBe('cancelled');
  });
});
