/**
 * DATEV bookkeeping settings and their rules, shared by the settings schema (main), the IPC
 * table and the settings form: chart of accounts, the provider's creditor account, the
 * expense account the invoices are booked to, and the header's consultant and client numbers.
 */

export const DATEV_CHARTS = ['skr03', 'skr04'] as const;
export type DatevChart = (typeof DATEV_CHARTS)[number];

/**
 * Defaults per chart: creditors from 70000 in both; hosting as "Telefax und Internetkosten"
 * (SKR03 4925, SKR04 6810), what a tax advisor would pick for web hosting first.
 */
export const DATEV_DEFAULTS: Record<
  DatevChart,
  { creditorAccount: string; expenseAccount: string }
> = {
  skr03: { creditorAccount: '70000', expenseAccount: '4925' },
  skr04: { creditorAccount: '70000', expenseAccount: '6810' },
};

/** Personal accounts (creditors) have one digit more than the general ledger's four. */
export const CREDITOR_ACCOUNT = /^[1-9]\d{4}$/;
export const EXPENSE_ACCOUNT = /^\d{4}$/;
/** Beraternummer 1001–9999999, Mandantennummer 1–99999 (DATEV's header ranges) */
export const CONSULTANT_NUMBER = /^(?:100[1-9]|10[1-9]\d|1[1-9]\d{2}|[2-9]\d{3}|[1-9]\d{4,6})$/;
export const CLIENT_NUMBER = /^[1-9]\d{0,4}$/;

export type DatevField = 'creditorAccount' | 'expenseAccount' | 'consultantNumber' | 'clientNumber';

const RULES: Record<DatevField, RegExp> = {
  creditorAccount: CREDITOR_ACCOUNT,
  expenseAccount: EXPENSE_ACCOUNT,
  consultantNumber: CONSULTANT_NUMBER,
  clientNumber: CLIENT_NUMBER,
};

/** Whether a typed value is usable for the field (surrounding spaces ignored). */
export function checkDatevField(field: DatevField, value: string): boolean {
  return RULES[field].test(value.trim());
}
