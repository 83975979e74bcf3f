import { describe, expect, it } from 'vitest';
import type { BillingStatement } from '../../../shared/billing';
import { bookingsBetween, statementCsv, statementFileName } from './statement-csv';

const STATEMENT: BillingStatement = {
  balanceCents: 4211,
  bookings: [
    {
      id: 'b1',
      date: '2026-01-05',
      kind: 'invoice',
      reference: 'RE-2026-000001',
      amountCents: 8805,
      balanceCents: 8805,
      invoiceId: 'i1',
    },
    {
      id: 'b2',
      date: '2026-01-20',
      kind: 'payment',
      reference: 'RE-2026-000001',
      amountCents: -8805,
      balanceCents: 0,
      invoiceId: 'i1',
    },
    {
      id: 'b3',
      date: '2026-02-05',
      kind: 'invoice',
      reference: 'RE-2026-000002',
      amountCents: 3500,
      balanceCents: 3500,
      invoiceId: 'i2',
    },
    {
      id: 'b4',
      date: '2026-02-10',
      kind: 'return_debit_fee',
      reference: '=HYPERLINK("x")',
      amountCents: 711,
      balanceCents: 4211,
      invoiceId: 'i2',
    },
  ],
};

describe('the statement as CSV', () => {
  it('keeps the bookings of the range, both days included', () => {
    expect(bookingsBetween(STATEMENT, '2026-01-20', '2026-02-05').map((b) => b.id)).toEqual([
      'b2',
      'b3',
    ]);
    expect(bookingsBetween(STATEMENT, undefined, '2026-01-19').map((b) => b.id)).toEqual(['b1']);
    expect(bookingsBetween(STATEMENT, '2026-02-06', undefined).map((b) => b.id)).toEqual(['b4']);
    expect(bookingsBetween(STATEMENT, undefined, undefined)).toHaveLength(4);
  });

  it('writes German dates, decimal commas and the balance after each booking, formulas defused', () => {
    const csv = statementCsv(STATEMENT.bookings);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Datum;Art;Referenz;Betrag;Saldo',
      '05.01.2026;Rechnung;RE-2026-000001;88,05;88,05',
      '20.01.2026;Zahlung;RE-2026-000001;-88,05;0,00',
      '05.02.2026;Rechnung;RE-2026-000002;35,00;35,00',
      `10.02.2026;Rücklastschriftgebühr;"'=HYPERLINK(""x"")";7,11;42,11`,
      '',
    ]);
  });

  it('names the file after the customer and the range', () => {
    expect(statementFileName('K-100234', '2026-01-01', '2026-03-31')).toBe(
      'Kontoauszug_K-100234_ab_2026-01-01_bis_2026-03-31.csv',
    );
    expect(statementFileName(null, undefined, undefined)).toBe('Kontoauszug.csv');
  });
});
