import { describe, expect, it } from 'vitest';
import type { Invoice, InvoiceLine } from '../../../shared/billing';
import type { ContractSummary } from '../../../shared/products/types';
import { costsCsv } from './costs-csv';
import { costsPerContract, firstCycleFrom, forecastNextInvoice, sharesOf } from './costs';

function line(
  contractId: string | null,
  netCents: number,
  periodStart: string,
  periodEnd: string,
  vatRate = 19,
  description = `Leistung ${contractId ?? 'ohne'}`,
): InvoiceLine {
  const vatCents = Math.round((netCents * vatRate) / 100);
  return {
    description,
    contractId,
    periodStart,
    periodEnd,
    quantity: 1,
    unitNetCents: netCents,
    netCents,
    vatRate,
    vatCents,
    grossCents: netCents + vatCents,
  };
}

function invoice(
  id: string,
  issueDate: string,
  lines: InvoiceLine[],
  status: Invoice['status'] = 'paid',
): Invoice {
  const net = lines.reduce((s, l) => s + l.netCents, 0);
  const vat = lines.reduce((s, l) => s + l.vatCents, 0);
  return {
    id,
    number: `RE-${id}`,
    issueDate,
    dueDate: issueDate,
    netCents: net,
    vatCents: vat,
    grossCents: net + vat,
    openCents: 0,
    status,
    customerNumber: 'K-1',
    servicePeriodStart: issueDate,
    servicePeriodEnd: issueDate,
    lines,
    taxes: [],
  };
}

function contract(
  contractNumber: string,
  priceCents: number,
  billingCycleMonths: number,
  extra: Partial<ContractSummary> = {},
): ContractSummary {
  return {
    id: `c-${contractNumber}`,
    contractNumber,
    productType: 'webhosting',
    productName: `Produkt ${contractNumber}`,
    status: 'active',
    startDate: '2025-01-01',
    minimumTermMonths: 12,
    renewalPeriodMonths: 12,
    noticePeriod: { unit: 'months', amount: 1 },
    priceCents,
    billingCycleMonths,
    nextRenewal: '2027-01-01',
    endDate: null,
    domains: [],
    cancellationRequested: false,
    ...extra,
  };
}

const OCT = invoice('1', '2026-10-03', [
  line('V-1', 1499, '2026-10-01', '2026-10-31'),
  line('V-2', 1000, '2026-10-01', '2026-10-31'),
  line(null, 300, '2026-10-03', '2026-10-03', 19, 'Rücklastschriftgebühr'),
]);
const NOV = invoice('2', '2026-11-03', [
  line('V-1', 1499, '2026-11-01', '2026-11-30'),
  line('V-2', 1000, '2026-11-01', '2026-11-30'),
]);
const CANCELLED = invoice(
  '3',
  '2026-11-10',
  [line('V-1', 99999, '2026-11-01', '2026-11-30')],
  'cancelled',
);
const YEARLY = invoice('4', '2026-06-15', [line('V-3', 7900, '2026-06-15', '2027-06-14')]);

describe('costs per contract', () => {
  it('sums each contract lines, leaves out cancelled invoices, largest first', () => {
    const costs = costsPerContract([OCT, NOV, CANCELLED], [contract('V-1', 1499, 1)]);
    expect(costs.rows.map((r) => [r.contractNumber, r.name, r.netCents, r.lines])).toEqual([
      ['V-1', 'Produkt V-1', 2998, 2],
      ['V-2', 'Leistung V-2', 2000, 2],
      [null, 'Rücklastschriftgebühr', 300, 1],
    ]);
    // the total is the sum of the counted invoices' lines
    expect(costs.netCents).toBe(OCT.netCents + NOV.netCents);
    expect(costs.grossCents).toBe(OCT.grossCents + NOV.grossCents);
    expect(costs.rows.reduce((s, r) => s + r.sharePercent, 0)).toBeCloseTo(100, 6);
    expect(costs.rows.map((r) => r.sharePercent)).toEqual([56.6, 37.7, 5.7]);
  });

  it('shares add up to 100 by largest remainder, and are 0 with nothing to share', () => {
    expect(sharesOf([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
    expect(sharesOf([])).toEqual([]);
  });

  it('writes the CSV a German spreadsheet reads, with the total last', () => {
    const costs = costsPerContract([OCT], []);
    const csv = costsCsv({
      from: '2026-10-01',
      to: '2026-10-31',
      invoices: 1,
      missing: 0,
      ...costs,
      forecast: null,
      contractsForbidden: false,
    });
    expect(csv.startsWith('\uFEFFVertrag;Leistung;Netto;Brutto;Anteil in %;Positionen\r\n')).toBe(
      true,
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      'V-1;Leistung V-1;14,99;17,84;53,6;1',
      'V-2;Leistung V-2;10,00;11,90;35,7;1',
      ';Rücklastschriftgebühr;3,00;3,57;10,7;1',
      ';Summe 01.10.2026–31.10.2026;27,99;33,31;100,0;3',
      '',
    ]);
  });
});

describe('forecast of the next invoice', () => {
  const today = '2026-12-02';
  const invoices = [OCT, NOV, YEARLY];

  it('bills the running monthly contracts for the month after their last period', () => {
    const forecast = forecastNextInvoice(
      [contract('V-1', 1499, 1), contract('V-2', 1000, 1), contract('V-3', 7900, 12)],
      invoices,
      today,
    )!;
    expect([forecast.monthStart, forecast.monthEnd]).toEqual(['2026-12-01', '2026-12-31']);
    // the yearly contract is billed again in June, not with this invoice
    expect(forecast.lines.map((l) => [l.contractNumber, l.periodStart, l.periodEnd])).toEqual([
      ['V-1', '2026-12-01', '2026-12-31'],
      ['V-2', '2026-12-01', '2026-12-31'],
    ]);
    expect(forecast.netCents).toBe(2499);
    // VAT rounded per line: 1499 × 19 % = 284.81 → 285, 1000 → 190
    expect(forecast.vatCents).toBe(285 + 190);
    expect(forecast.grossCents).toBe(2499 + 475);
  });

  it('stops a cancelled contract at its end date and never bills an ended one', () => {
    const forecast = forecastNextInvoice(
      [
        contract('V-1', 1499, 1, { status: 'cancelled', endDate: '2026-11-30' }),
        contract('V-2', 1000, 1, { status: 'cancelled', endDate: '2027-03-31' }),
        contract('V-4', 500, 1, { status: 'ended', endDate: '2026-01-31' }),
      ],
      invoices,
      today,
    )!;
    expect(forecast.lines.map((l) => l.contractNumber)).toEqual(['V-2']);
    expect(
      forecastNextInvoice(
        [contract('V-1', 1499, 1, { status: 'cancelled', endDate: '2026-11-30' })],
        invoices,
        today,
      ),
    ).toBeNull();
  });

  it('a contract with no line known bills from its next cycle start', () => {
    expect(firstCycleFrom('2026-02-01', 1, '2026-12-03')).toBe('2027-01-01');
    expect(firstCycleFrom('2026-02-01', 1, '2026-12-01')).toBe('2026-12-01');
    expect(firstCycleFrom('2025-01-31', 1, '2026-03-01')).toBe('2026-03-31');
    expect(firstCycleFrom('2024-06-15', 12, '2026-12-03')).toBe('2027-06-15');
    expect(firstCycleFrom('2027-01-15', 1, '2026-12-03')).toBe('2027-01-15');
    const forecast = forecastNextInvoice(
      [contract('V-1', 1499, 1), contract('V-6', 499, 1, { startDate: '2026-02-01' })],
      [NOV],
      '2026-12-03',
    )!;
    // V-1 was billed to 30 November; V-6 never, its next monthly cycle starts on 1 January
    expect(forecast.lines.map((l) => [l.contractNumber, l.periodStart])).toEqual([
      ['V-1', '2026-12-01'],
    ]);
  });

  it('a contract never billed starts with its start date; one left unbilled bills this month', () => {
    const forecast = forecastNextInvoice(
      [
        contract('V-9', 2000, 1, { startDate: '2027-01-15' }),
        contract('V-8', 900, 12, { startDate: '2024-05-01' }),
      ],
      [invoice('9', '2025-05-01', [line('V-8', 900, '2025-05-01', '2026-04-30', 0)])],
      today,
    )!;
    // V-8's next year should have begun in May: it is due now, at the rate it was billed at
    expect(forecast.lines.map((l) => [l.contractNumber, l.periodStart, l.vatRate])).toEqual([
      ['V-8', '2026-12-01', 0],
    ]);
    expect(
      forecastNextInvoice([contract('V-9', 2000, 1, { startDate: '2027-01-15' })], [], today)!
        .lines[0]!.periodStart,
    ).toBe('2027-01-15');
  });
});
