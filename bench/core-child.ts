/**
 * The app's core alone in a process, driven by bench/scale.ts over the IPC channel of
 * `fork`. It is bundled like the app's main process (our sources in one file, the packages
 * loaded from node_modules) and runs on plain Node, so its RSS is the core's with its data,
 * not the bench's own (Playwright, the seed, tsx's compiler and source maps).
 *
 * Asks: `{ id, op: 'call', channel, input }` (the IPC router), `{ id, op: 'memory' }` (and
 * `'collected'`: the same after a full GC),
 * `{ id, op: 'profile' | 'unprofile', label }` (bench/profile.ts), `{ id, op: 'heap', file }`
 * (a heap snapshot), `{ id, op: 'stop' }`. Answers `{ id, ok, data | error }`; core events are
 * sent as `{ event, payload }`.
 */
import { writeHeapSnapshot } from 'node:v8';
import { preferSmallHeap } from '../src/main/core/heap';
import { createTestCore } from '../src/main/core/testing/test-core';
import { startProfile } from './profile';

export interface CoreAsk {
  id: number;
  op: 'call' | 'memory' | 'collected' | 'profile' | 'unprofile' | 'heap' | 'stop';
  channel?: string;
  input?: unknown;
  label?: string;
  file?: string;
}

const [apiUrl, dataDir] = process.argv.slice(2);
if (!apiUrl || !dataDir || !process.send)
  throw new Error('usage: fork(core-child, [apiUrl, dataDir])');
const send = process.send.bind(process);
// the heap the app's main processes run with, so the figures are theirs
preferSmallHeap();

const core = createTestCore(apiUrl, dataDir, {
  version: 'bench',
  // passes run when the bench says; no PDF prefetch in the way of the figures
  syncTimings: { pollMs: 3_600_000, prefetchGapMs: 3_600_000 },
});
core.onEvent((event, payload) => send({ event, payload }));

let stopProfile: ((label: string) => Promise<void>) | null = null;

async function answer(ask: CoreAsk): Promise<unknown> {
  switch (ask.op) {
    case 'call': {
      const result = await core.router.handle(ask.channel ?? '', ask.input);
      if (!result.ok) throw new Error(`${ask.channel}: ${result.error.code}`);
      return result.data;
    }
    case 'memory':
      return process.memoryUsage();
    case 'collected':
      globalThis.gc?.();
      return process.memoryUsage();
    case 'profile':
      stopProfile = await startProfile();
      return null;
    case 'unprofile':
      await stopProfile?.(ask.label ?? 'profile');
      stopProfile = null;
      return null;
    case 'heap':
      // what is garbage already is not what the core keeps
      globalThis.gc?.();
      return writeHeapSnapshot(ask.file);
    case 'stop':
      await core.stop();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on('message', (ask: CoreAsk) => {
  answer(ask).then(
    (data) => send({ id: ask.id, ok: true, data }),
    (error: unknown) => send({ id: ask.id, ok: false, error: String(error) }),
  );
});
send({ event: 'ready' });
