// The billing service with nothing faked but the network being gone: a real encrypted cache
// on disk and a real API client aimed at a port where nothing listens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { bytesOf, systemClock, type SaveDialog } from '../ports';
import { settingsDefaults } from '../settings/settings-schema';
import { openEncryptedCache, type EncryptedCache } from '../store/encrypted-cache';
import { SyncEngine } from '../sync/sync-engine';
import { createMemorySecretStore } from '../vault/memory-store';
import { BILLING_RESOURCES, INVOICES } from './billing-resources';
import { BillingService } from './billing-service';
import { pdfKey } from './pdf-store';
import { summary } from './testing-invoices';

let dir: string;
let cache: EncryptedCache;
const saves: { defaultName: string; data: Uint8Array }[] = [];
const saveDialog: SaveDialog = {
  save: async ({ defaultName, data }) => {
    saves.push({ defaultName, data: await bytesOf(data) });
    return { saved: true };
  },
};

const invoices = [
  summary({ id: 'b', number: 'RE-2025-000002', issueDate: '2025-02-01', status: 'open' }),
  summary({ id: 'a', number: 'RE-2025-000001', issueDate: '2025-01-01' }),
];

function service(): BillingService {
  const api = new ApiClient(
    'http://127.0.0.1:9',
    { accessToken: () => 'token', refresh: () => Promise.reject(new ApiError(401, 'x')) },
    systemClock,
    { retries: 0, baseMs: 1, capMs: 1, maxRetryAfterMs: 0 },
  );
  const sync = new SyncEngine({
    api,
    cache,
    clock: systemClock,
    resources: BILLING_RESOURCES,
    onStatus: () => undefined,
    onData: () => undefined,
  });
  return new BillingService({
    api,
    sync,
    cache,
    saveDialog,
    clock: systemClock,
    pdfYears: () => 3,
    einvoiceFormat: () => 'xrechnung-cii',
    settings: () => settingsDefaults,
    onPdfsStored: () => undefined,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-billing-'));
  cache = await openEncryptedCache({ dir, secrets: createMemorySecretStore() });
  await cache.putJson(INVOICES, { data: invoices, syncedAt: '2025-03-01T00:00:00.000Z' });
  await cache.putBlob(pdfKey('a'), Buffer.from('%PDF-1.7 a'));
  saves.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('billing offline', () => {
  it('exports a year with the cached PDFs and lists the missing ones in the CSV only', async () => {
    expect(await service().exportYear(2025)).toEqual({ saved: true, count: 1, einvoices: 0 });
    const [zip] = saves;
    expect(zip!.defaultName).toBe('Rechnungen-2025.zip');
    const files = unzipSync(zip!.data);
    expect(Object.keys(files)).toEqual([
      'Rechnungen-2025.csv',
      'EXTF_Buchungsstapel_2025.csv',
      'Rechnung-RE-2025-000001.pdf',
    ]);
    const csv = Buffer.from(files['Rechnungen-2025.csv']!).toString('utf8');
    expect(csv).toContain('RE-2025-000002;01.02.2025;');
    // the DATEV file books every invoice of the year, offline too (from the cached list)
    const datev = Buffer.from(files['EXTF_Buchungsstapel_2025.csv']!).toString('latin1');
    expect(datev.startsWith('"EXTF";700;21;"Buchungsstapel";13;')).toBe(true);
    expect(datev).toContain('"RE-2025-000001"');
    expect(datev).toContain('"RE-2025-000002"');
  });

  it('answers a cached PDF with its file name, an uncached one with null', async () => {
    const billing = service();
    const pdf = await billing.pdf('a');
    expect(pdf?.fileName).toBe('Rechnung-RE-2025-000001.pdf');
    expect(pdf?.bytes.toString()).toBe('%PDF-1.7 a');
    expect(await billing.pdf('b')).toBeNull();
    await expect(billing.savePdf('b')).rejects.toMatchObject({ code: 'offline' });
    expect(await billing.savePdf('a')).toEqual({ saved: true });
    expect(saves[0]!.defaultName).toBe('Rechnung-RE-2025-000001.pdf');
  });

  it('shows an invoice that was due before today as overdue, and no detail it never fetched', async () => {
    const billing = service();
    const list = await billing.invoices();
    expect(list?.data.map((i) => i.status)).toEqual(['overdue', 'paid']);
    expect(await billing.invoice('b')).toBeNull();
    await expect(billing.setDefaultPaymentMethod('paypal')).rejects.toMatchObject({
      code: 'offline',
    });
  });
});
