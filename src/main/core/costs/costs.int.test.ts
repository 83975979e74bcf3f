// "Kosten" in the core against the real sandbox: the figures are the invoices' own lines,
// the forecast bills the demo's running monthly contracts, and the CSV is what is shown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { Invoice, InvoiceSummary } from '../../../shared/billing';
import type { CostsReport } from '../../../shared/costs/types';
import type { Cached } from '../../../shared/domain';
import type { Core } from '../app-core-types';
import { bytesOf, type SaveDialog } from '../ports';
import { callerOf } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-costs-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-costs-app-'));
const saves: { defaultName: string; data: Uint8Array }[] = [];
const saveDialog: SaveDialog = {
  async save(options) {
    saves.push({ defaultName: options.defaultName, data: await bytesOf(options.data) });
    return { saved: true };
  },
};

let server: Awaited<ReturnType<typeof startServer>>;
let core: Core;

const call = callerOf(() => core);

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  core = createTestCore(server.url, appDir, {
    saveDialog,
    // no background prefetch: the report fetches the details it needs itself
    syncTimings: { pollMs: 600_000, prefetchGapMs: 3_600_000 },
  });
  await call('session:login', DEMO);
  await call('sync:now');
});

afterAll(async () => {
  await core.stop();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

describe('Kosten against the sandbox', () => {
  it('sums the lines of every invoice of the period per contract, cancelled ones left out', async () => {
    const list = (await call<Cached<InvoiceSummary[]>>('invoices:list')).data;
    const from = '2000-01-01';
    const to = '2100-12-31';
    const report = await call<CostsReport>('billing:costs', { from, to });
    const counted = list.filter((i) => i.status !== 'cancelled');
    expect(report.invoices).toBe(counted.length);
    expect(report.missing).toBe(0);

    const expected = new Map<string, number>();
    for (const summary of counted) {
      const invoice = (await call<Cached<Invoice>>('invoices:get', { id: summary.id })).data;
      // the invoice's own sum of lines is its net
      expect(invoice.lines.reduce((s, l) => s + l.netCents, 0)).toBe(invoice.netCents);
      for (const line of invoice.lines) {
        const key = line.contractId ?? '';
        expected.set(key, (expected.get(key) ?? 0) + line.netCents);
      }
    }
    expect(new Map(report.rows.map((r) => [r.contractNumber ?? '', r.netCents]))).toEqual(expected);
    expect(report.netCents).toBe(counted.reduce((s, i) => s + i.netCents, 0));
    expect(report.grossCents).toBe(counted.reduce((s, i) => s + i.grossCents, 0));
    expect(report.rows.reduce((s, r) => s + r.sharePercent, 0)).toBeCloseTo(100, 6);
    expect(report.rows.find((r) => r.contractNumber === 'V-100234-01')?.name).toBe(
      'Webhosting Business',
    );

    // the monthly contracts are in the next invoice at their price
    const forecast = report.forecast!;
    const numbers = forecast.lines.map((l) => l.contractNumber);
    expect(numbers).toEqual(expect.arrayContaining(['V-100234-01', 'V-100234-02']));
    expect(forecast.lines.find((l) => l.contractNumber === 'V-100234-01')?.netCents).toBe(1499);
    expect(forecast.grossCents).toBe(forecast.netCents + forecast.vatCents);

    const csv = await call<{ saved: boolean; count: number }>('billing:costsCsv', { from, to });
    expect(csv).toEqual({ saved: true, count: report.rows.length });
    const text = Buffer.from(saves.at(-1)!.data).toString('utf8');
    expect(saves.at(-1)!.defaultName).toBe(`Kosten-${from}_${to}.csv`);
    expect(text.trimEnd().split('\r\n')).toHaveLength(report.rows.length + 2);
  });

  it('refuses a reversed period at "to"', async () => {
    const result = await core.router.handle('billing:costs', {
      from: '2026-02-01',
      to: '2026-01-31',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toHaveProperty('to');
  });
});
