import { describe, expect, it } from 'vitest';
import { withRunningBalance, type UnbalancedBooking } from './statement';

const b = (
  id: string,
  date: string,
  kind: UnbalancedBooking['kind'],
  amountCents: number,
): UnbalancedBooking => ({
  id,
  date,
  kind,
  reference: `RE-2026-00000${id}`,
  amountCents,
  invoiceId: null,
});

describe('withRunningBalance', () => {
  it('adds invoices and return debits with their fee, subtracts payments and credits', () => {
    const statement = withRunningBalance([
      b('1', '2026-01-05', 'invoice', 8805),
      b('2', '2026-01-19', 'payment', -8805),
      b('3', '2026-01-24', 'return_debit', 8805),
      b('4', '2026-01-24', 'return_debit_fee', 300),
      b('5', '2026-01-31', 'payment', -9105),
      b('6', '2026-02-05', 'invoice', 2974),
      b('7', '2026-02-10', 'credit', -2974),
      b('8', '2026-03-05', 'invoice', 8805),
    ]);
    expect(statement.bookings.map((x) => x.balanceCents)).toEqual([
      8805, 0, 8805, 9105, 0, 2974, 0, 8805,
    ]);
    expect(statement.balanceCents).toBe(8805);
  });

  it('orders by date and keeps the given order within a day', () => {
    const statement = withRunningBalance([
      b('3', '2026-02-01', 'payment', -100),
      b('1', '2026-01-01', 'invoice', 100),
      b('4', '2026-02-01', 'invoice', 250),
      b('2', '2026-01-15', 'invoice', 100),
    ]);
    expect(statement.bookings.map((x) => x.id)).toEqual(['1', '2', '3', '4']);
    expect(statement.bookings.map((x) => x.balanceCents)).toEqual([100, 200, 100, 350]);
    expect(statement.balanceCents).toBe(350);
  });

  it('goes below zero for a credit on a paid invoice, and is empty without bookings', () => {
    const statement = withRunningBalance([
      b('1', '2026-01-01', 'invoice', 500),
      b('2', '2026-01-10', 'payment', -500),
      b('3', '2026-01-20', 'credit', -500),
    ]);
    expect(statement.balanceCents).toBe(-500);
    expect(withRunningBalance([])).toEqual({ balanceCents: 0, bookings: [] });
  });
});
