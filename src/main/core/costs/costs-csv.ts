/**
 * The costs per contract as CSV, in the invoice list's format (invoice-csv.ts): semicolons,
 * decimal commas, UTF-8 with BOM, CRLF; one row per contract and the period's total last.
 */
import type { CostsReport } from '../../../shared/costs/types';
import { csvText, formatCentsDe, formatDateDe } from '../billing/invoice-csv';

export const COSTS_CSV_HEADER = [
  'Vertrag',
  'Leistung',
  'Netto',
  'Brutto',
  'Anteil in %',
  'Positionen',
] as const;

/** 12.3 → "12,3" */
const shareDe = (percent: number) => percent.toFixed(1).replace('.', ',');

export function costsCsv(report: CostsReport): string {
  const rows = [COSTS_CSV_HEADER.join(';')];
  for (const row of report.rows) {
    rows.push(
      [
        csvText(row.contractNumber ?? ''),
        csvText(row.name),
        formatCentsDe(row.netCents),
        formatCentsDe(row.grossCents),
        shareDe(row.sharePercent),
        String(row.lines),
      ].join(';'),
    );
  }
  rows.push(
    [
      '',
      csvText(`Summe ${formatDateDe(report.from)}–${formatDateDe(report.to)}`),
      formatCentsDe(report.netCents),
      formatCentsDe(report.grossCents),
      report.rows.length > 0 ? '100,0' : '0,0',
      String(report.rows.reduce((sum, r) => sum + r.lines, 0)),
    ].join(';'),
  );
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export const costsFileName = (from: string, to: string) => `Kosten-${from}_${to}.csv`;
