/**
 * "Kosten": what each contract cost in a period (the sum of its invoice lines) and what the
 * next invoice will probably be. Computed by the core from cached invoices and contracts.
 * Money in euro cents, dates `YYYY-MM-DD`.
 */

export interface CostRow {
  /** the contract number the lines name; null for lines that belong to no contract */
  contractNumber: string | null;
  /** the contract's product name, else the description of its latest line */
  name: string;
  netCents: number;
  grossCents: number;
  /** share of the period's net costs, in percent with one decimal (the rows add up to 100) */
  sharePercent: number;
  /** how many invoice lines were summed */
  lines: number;
}

export interface ForecastLine {
  contractNumber: string;
  name: string;
  /** the billing period this line would cover */
  periodStart: string;
  periodEnd: string;
  billingCycleMonths: number;
  netCents: number;
  vatRate: number;
  vatCents: number;
  grossCents: number;
}

export interface CostForecast {
  /** the month the next invoice covers: its first and last day */
  monthStart: string;
  monthEnd: string;
  lines: ForecastLine[];
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface CostsReport {
  /** the period, both days included */
  from: string;
  to: string;
  /** invoices issued in the period and counted (cancelled ones are not costs) */
  invoices: number;
  /** of those, how many could not be read (neither cached nor reachable): the sums lack them */
  missing: number;
  rows: CostRow[];
  netCents: number;
  grossCents: number;
  /** null without the contracts right or without any active contract */
  forecast: CostForecast | null;
  /** the contracts list could not be read (no right): no names, no forecast */
  contractsForbidden: boolean;
}
