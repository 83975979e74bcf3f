/**
 * The costs per contract of a period and the forecast of the next invoice, as pure functions
 * over invoices and contracts (costs-feature.ts reads them from the cache).
 */
import { vatAmount } from '../../../shared/billing-rules';
import type { Invoice } from '../../../shared/billing';
import type { CostForecast, CostRow, ForecastLine } from '../../../shared/costs/types';
import { addDays, addMonthsClamped } from '../../../shared/products/cancellation-date';
import type { ContractSummary } from '../../../shared/products/types';

/** What the provider charges when nothing else says: the German standard rate. */
const STANDARD_VAT_RATE = 19;

/** Cancelled invoices were reversed by a credit: they are no cost. */
export function countsAsCost(invoice: { status: Invoice['status'] }): boolean {
  return invoice.status !== 'cancelled';
}

/**
 * Shares in percent with one decimal that add up to exactly 100 (largest remainder), so the
 * table and its CSV never show 99.9 % in total.
 */
export function sharesOf(amounts: readonly number[]): number[] {
  const total = amounts.reduce((sum, a) => sum + a, 0);
  if (total <= 0) return amounts.map(() => 0);
  const exact = amounts.map((a) => (a / total) * 1000);
  const floors = exact.map(Math.floor);
  let left = 1000 - floors.reduce((sum, f) => sum + f, 0);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((f) => f / 10);
}

/**
 * The period's costs per contract: every line of every invoice given (already chosen by issue
 * date), grouped by the contract it names, largest first. Names come from the contracts list,
 * else from the latest line.
 */
export function costsPerContract(
  invoices: readonly Invoice[],
  contracts: readonly ContractSummary[],
): { rows: CostRow[]; netCents: number; grossCents: number } {
  const names = new Map(contracts.map((c) => [c.contractNumber, c.productName]));
  const groups = new Map<
    string | null,
    { net: number; gross: number; lines: number; latest: string; description: string }
  >();
  for (const invoice of invoices) {
    if (!countsAsCost(invoice)) continue;
    for (const line of invoice.lines) {
      const key = line.contractId;
      const group = groups.get(key) ?? {
        net: 0,
        gross: 0,
        lines: 0,
        latest: '',
        description: line.description,
      };
      group.net += line.netCents;
      group.gross += line.grossCents;
      group.lines += 1;
      if (invoice.issueDate >= group.latest) {
        group.latest = invoice.issueDate;
        group.description = line.description;
      }
      groups.set(key, group);
    }
  }
  const entries = [...groups.entries()].sort(
    ([ka, a], [kb, b]) => b.net - a.net || String(ka).localeCompare(String(kb)),
  );
  const shares = sharesOf(entries.map(([, g]) => Math.max(0, g.net)));
  const rows = entries.map(([contractNumber, g], i) => ({
    contractNumber,
    name: (contractNumber !== null ? names.get(contractNumber) : undefined) ?? g.description,
    netCents: g.net,
    grossCents: g.gross,
    sharePercent: shares[i]!,
    lines: g.lines,
  }));
  return {
    rows,
    netCents: rows.reduce((sum, r) => sum + r.netCents, 0),
    grossCents: rows.reduce((sum, r) => sum + r.grossCents, 0),
  };
}

const later = (a: string, b: string) => (a > b ? a : b);
const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const lastOfMonth = (day: string) => addDays(addMonthsClamped(firstOfMonth(day), 1), -1);

/** The first start of a billing cycle (the start date plus whole cycles) not before `day`. */
export function firstCycleFrom(start: string, cycleMonths: number, day: string): string {
  if (start >= day) return start;
  const cycle = Math.max(1, cycleMonths);
  const months =
    (Number(day.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    (Number(day.slice(5, 7)) - Number(start.slice(5, 7)));
  let k = Math.max(0, Math.floor(months / cycle) - 1);
  let candidate = addMonthsClamped(start, k * cycle);
  while (candidate < day) candidate = addMonthsClamped(start, ++k * cycle);
  return candidate;
}

/**
 * Where each running contract's next billing period starts: the day after the last period
 * its lines covered (this month at the earliest); with no line known, the first start of a
 * billing cycle (counted from the contract's start) from today on. A cancelled one whose end date comes before that start bills nothing more; an
 * ended one never.
 */
export function nextPeriods(
  contracts: readonly ContractSummary[],
  invoices: readonly Invoice[],
  today: string,
): { contract: ContractSummary; start: string; vatRate: number }[] {
  const last = new Map<string, { end: string; vatRate: number; issued: string }>();
  let latestRate: { issued: string; rate: number } | null = null;
  for (const invoice of invoices) {
    if (!countsAsCost(invoice)) continue;
    for (const line of invoice.lines) {
      if (!latestRate || invoice.issueDate > latestRate.issued) {
        latestRate = { issued: invoice.issueDate, rate: line.vatRate };
      }
      if (line.contractId === null) continue;
      const seen = last.get(line.contractId);
      last.set(line.contractId, {
        end: seen && seen.end > line.periodEnd ? seen.end : line.periodEnd,
        vatRate: seen && seen.issued > invoice.issueDate ? seen.vatRate : line.vatRate,
        issued: seen && seen.issued > invoice.issueDate ? seen.issued : invoice.issueDate,
      });
    }
  }
  const fallbackRate = latestRate?.rate ?? STANDARD_VAT_RATE;
  const out: { contract: ContractSummary; start: string; vatRate: number }[] = [];
  for (const contract of contracts) {
    if (contract.status === 'ended') continue;
    const billed = last.get(contract.contractNumber);
    // a period the known lines left open is billed this month at the earliest, never before
    const start = billed
      ? later(addDays(billed.end, 1), firstOfMonth(today))
      : firstCycleFrom(contract.startDate, contract.billingCycleMonths, today);
    if (contract.endDate !== null && contract.endDate < start) continue;
    out.push({ contract, start, vatRate: billed?.vatRate ?? fallbackRate });
  }
  return out;
}

/**
 * The next invoice: the month of the earliest next billing period, with every contract whose
 * next period starts in that month at its price for one billing cycle, VAT rounded per line
 * as the invoices do. Null when no contract will bill again.
 */
export function forecastNextInvoice(
  contracts: readonly ContractSummary[],
  invoices: readonly Invoice[],
  today: string,
): CostForecast | null {
  const periods = nextPeriods(contracts, invoices, today);
  if (periods.length === 0) return null;
  const earliest = periods.reduce((min, p) => (p.start < min ? p.start : min), periods[0]!.start);
  const monthStart = firstOfMonth(earliest);
  const monthEnd = lastOfMonth(earliest);
  const lines: ForecastLine[] = periods
    .filter((p) => p.start >= monthStart && p.start <= monthEnd)
    .sort((a, b) =>
      a.contract.contractNumber < b.contract.contractNumber
        ? -1
        : a.contract.contractNumber > b.contract.contractNumber
          ? 1
          : 0,
    )
    .map(({ contract, start, vatRate }) => {
      const vatCents = vatAmount(contract.priceCents, vatRate);
      const periodEnd = addDays(addMonthsClamped(start, contract.billingCycleMonths), -1);
      return {
        contractNumber: contract.contractNumber,
        name: contract.productName,
        periodStart: start,
        periodEnd,
        billingCycleMonths: contract.billingCycleMonths,
        netCents: contract.priceCents,
        vatRate,
        vatCents,
        grossCents: contract.priceCents + vatCents,
      };
    });
  const sum = (pick: (l: ForecastLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    monthStart,
    monthEnd,
    lines,
    netCents: sum((l) => l.netCents),
    vatCents: sum((l) => l.vatCents),
    grossCents: sum((l) => l.grossCents),
  };
}
