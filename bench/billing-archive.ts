/**
 * The year archive of the large account's largest year, exported from the cache as the
 * tax advisor gets it: PDFs, e-invoices (XRechnung CII), the CSV and the DATEV Buchungsstapel,
 * streamed to a file. Every invoice of the year is cached first (with a few real PDFs and
 * e-invoices from the sandbox, repeated: the export's work is reading, decrypting and zipping
 * them, not what they say), so the figure is the export itself. It runs in a process of its
 * own (archive-child.ts) holding only the core, whose RSS is sampled every 5 ms.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { InvoiceSummary } from '../src/shared/billing';
import type { Core } from '../src/main/core/app-core-types';
import { einvoiceKey } from '../src/main/core/billing/einvoice-kind';
import { pdfKey } from '../src/main/core/billing/pdf-store';
import type { SaveDialog } from '../src/main/core/ports';
import { bytesOf } from '../src/main/core/ports';
import type { EncryptedCache } from '../src/main/core/store/encrypted-cache';

type Save = SaveDialog['save'];

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.data as T;
}

/** The year with the most invoices, and those invoices. */
export function largestYear(list: readonly InvoiceSummary[]): { year: number; ids: string[] } {
  const byYear = new Map<number, string[]>();
  for (const invoice of list) {
    const year = Number(invoice.issueDate.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), invoice.id]);
  }
  const [year, ids] = [...byYear.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { year, ids };
}

export async function benchYearArchive(options: {
  core: Core;
  cache: EncryptedCache;
  list: readonly InvoiceSummary[];
  outDir: string;
  /** the core's SaveDialog delegates to this */
  setSave: (save: Save) => void;
}): Promise<void> {
  const { core, cache, list, outDir, setSave } = options;
  const { year, ids } = largestYear(list);

  // a few real documents from the sandbox
  const samples: { pdf: Uint8Array; xml: Uint8Array }[] = [];
  for (const id of ids.slice(0, 4)) {
    let xml: Uint8Array = new Uint8Array();
    setSave(async ({ data }) => {
      xml = await bytesOf(data);
      return { saved: true };
    });
    await call(core, 'invoices:saveEinvoice', { id, format: 'xrechnung-cii' });
    const pdf = await call<{ base64: string }>(core, 'invoices:pdf', { id });
    samples.push({ pdf: Buffer.from(pdf.base64, 'base64'), xml });
  }
  for (const [i, id] of ids.entries()) {
    const sample = samples[i % samples.length]!;
    await cache.putBlob(pdfKey(id), Buffer.from(sample.pdf));
    await cache.putBlob(einvoiceKey('xrechnung-cii', id), Buffer.from(sample.xml));
  }

  const file = join(outDir, `Rechnungen-${year}.zip`);
  setSave(async ({ data }) => {
    await pipeline(
      Readable.from(data instanceof Uint8Array ? [data] : data),
      createWriteStream(file),
    );
    return { saved: true };
  });
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t = performance.now();
  const result = await call<{ saved: boolean; count: number; einvoices: number }>(
    core,
    'invoices:exportYear',
    { year },
  );
  const elapsed = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(`\nYear archive of ${year} (${ids.length} invoices, from the cache)`);
  console.log(
    `  ${result.count} PDFs + ${result.einvoices} XRechnung + CSV + DATEV, ${mb(statSync(file).size)} MB ZIP: ${elapsed.toFixed(0)} ms   (goal ≤ 5000 ms)`,
  );
  console.log(
    `  peak RSS of the core's process ${mb(peak)} MB (${mb(before)} MB before the export, with the 10,000-invoice list)   (goal ≤ 200 MB)`,
  );
}

/** Runs the bench in a child process against the sandbox at `apiUrl`, its output printed. */
export function benchYearArchiveApart(apiUrl: string, email: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'archive-child.ts'), apiUrl, email],
      { stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`archive bench exited with ${code}`)),
    );
  });
}
