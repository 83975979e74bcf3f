/**
 * Abrechnung with a large account (10,000 invoices), measured on the real core against the
 * real sandbox: first sync of the invoice list, an incremental sync with nothing changed
 * (requests counted on the wire), a filter keystroke on the list (the renderer's own filter
 * over the whole list), opening a cached 200 KB PDF through the IPC router, and the largest
 * year's archive (billing-archive.ts).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { InvoiceSummary } from '../src/shared/billing';
import type { Cached } from '../src/shared/domain';
import { startServer } from '../server/src/app';
import { openDb } from '../server/src/db';
import { LARGE_EMAIL, seedLarge } from '../server/src/billing/large';
import { createTestCore } from '../src/main/core/testing/test-core';
import type { Core } from '../src/main/core/app-core-types';
import { openEncryptedCache } from '../src/main/core/store/encrypted-cache';
import { createMemorySecretStore } from '../src/main/core/vault/memory-store';
import { startCountingProxy } from '../src/main/core/testing/counting-proxy';
import {
  buildInvoiceIndex,
  filterInvoices,
  NO_FILTER,
} from '../src/renderer/billing/invoice-search';
import { tempDir } from '../e2e/support/processes';
import { benchYearArchiveApart } from './billing-archive';
import { median } from './stats';

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.data as T;
}

export async function benchBilling(): Promise<void> {
  const serverDir = tempDir('bench-billing-server');
  const db = openDb(serverDir);
  await seedLarge(db, { invoices: 10_000 });
  db.close();
  const server = await startServer({ dataDir: serverDir, port: 0 });
  const proxy = await startCountingProxy(server.url);
  const appDir = tempDir('bench-billing-app');
  const secrets = createMemorySecretStore();
  const core = createTestCore(proxy.url, appDir, {
    version: 'bench',
    secrets,
    // no PDF prefetch in the way of the list sync: it waits a long pause between downloads
    syncTimings: { pollMs: 3_600_000, prefetchGapMs: 3_600_000 },
  });

  await call(core, 'session:login', { email: LARGE_EMAIL, password: 'Demo-Passwort-2026' });
  // the sign-in itself (scrypt on the server) is not part of the sync
  const started = performance.now();
  let list: Cached<InvoiceSummary[]> | null = null;
  while (!list || list.data.length < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    list = await call<Cached<InvoiceSummary[]> | null>(core, 'invoices:list');
  }
  const firstSync = performance.now() - started;

  await call(core, 'sync:now'); // the rest of the first pass (payment methods, mandates, …)
  const incremental: number[] = [];
  let requests = 0;
  for (let i = 0; i < 20; i++) {
    proxy.reset();
    const t = performance.now();
    await call(core, 'sync:now');
    incremental.push(performance.now() - t);
    requests = Math.max(requests, proxy.seen.length);
  }

  const index = buildInvoiceIndex(list.data);
  const keystrokes: number[] = [];
  for (const query of ['R', 'RE', 'RE-2', 'RE-20', '1', '11', '119', '119,', '119,0', '119,00']) {
    const t = performance.now();
    filterInvoices(index, { ...NO_FILTER, query });
    keystrokes.push(performance.now() - t);
  }

  // a PDF cached the usual way, then swapped for a 200 KB one under the same entry
  const id = list.data[0]!.id;
  await call(core, 'invoices:pdf', { id });
  const cache = await openEncryptedCache({ dir: join(appDir, 'cache'), secrets });
  await cache.putBlob(
    `pdf:${id}`,
    Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200 * 1024)]),
  );
  const opens: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await call(core, 'invoices:pdf', { id });
    opens.push(performance.now() - t);
  }

  console.log('\nAbrechnung with 10,000 invoices');
  console.log(`  first sync of the invoice list: ${firstSync.toFixed(0)} ms   (goal ≤ 2000 ms)`);
  console.log(
    `  incremental sync, nothing changed: ${median(incremental).toFixed(1)} ms median, ${requests} request(s)   (goal 1 request, ≤ 30 ms)`,
  );
  console.log(
    `  filter keystroke over the list: ${median(keystrokes).toFixed(2)} ms median, ${Math.max(...keystrokes).toFixed(2)} ms max   (goal ≤ 16 ms)`,
  );
  console.log(`  open a cached 200 KB PDF: ${median(opens).toFixed(1)} ms median   (goal ≤ 30 ms)`);

  // the archive in a process of its own, so its memory is the core's alone
  await benchYearArchiveApart(server.url, LARGE_EMAIL);

  await core.stop();
  await proxy.close();
  await server.close();
}
