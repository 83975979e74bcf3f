/**
 * The year-archive bench in a process of its own, so its RSS is the core's alone (the
 * sandbox stays in the parent): signs in as the large account, syncs its list and exports the
 * largest year (billing-archive.ts). `tsx bench/archive-child.ts <api url> <email>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceSummary } from '../src/shared/billing';
import type { Cached } from '../src/shared/domain';
import type { SaveDialog } from '../src/main/core/ports';
import { openEncryptedCache } from '../src/main/core/store/encrypted-cache';
import { createTestCore } from '../src/main/core/testing/test-core';
import { createMemorySecretStore } from '../src/main/core/vault/memory-store';
import { benchYearArchive } from './billing-archive';

async function main(): Promise<void> {
  const [apiUrl, email] = process.argv.slice(2);
  if (!apiUrl || !email) throw new Error('usage: archive-child.ts <api url> <email>');
  const appDir = mkdtempSync(join(tmpdir(), 'kc-bench-archive-'));
  const secrets = createMemorySecretStore();
  let save: SaveDialog['save'] = () => Promise.resolve({ saved: false });
  const core = createTestCore(apiUrl, appDir, {
    version: 'bench',
    secrets,
    saveDialog: { save: (o) => save(o) },
    syncTimings: { pollMs: 3_600_000, prefetchGapMs: 3_600_000 },
  });
  const login = await core.router.handle('session:login', {
    email,
    password: 'Demo-Passwort-2026',
  });
  if (!login.ok) throw new Error(`sign-in: ${login.error.code}`);
  let list: InvoiceSummary[] = [];
  while (list.length < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = await core.router.handle('invoices:list', undefined);
    if (answer.ok) list = (answer.data as Cached<InvoiceSummary[]> | null)?.data ?? [];
  }
  await core.router.handle('sync:now', undefined);
  await benchYearArchive({
    core,
    cache: await openEncryptedCache({ dir: join(appDir, 'cache'), secrets }),
    list,
    outDir: appDir,
    setSave: (next) => {
      save = next;
    },
  });
  await core.stop();
  rmSync(appDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
