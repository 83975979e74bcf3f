/**
 * The core in a process of its own (bench/core-child.ts), bundled as electron-vite bundles
 * main (our sources in one file, the packages from node_modules) and run on plain Node.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CoreAsk } from './core-child';

export interface CoreProcess {
  pid: number;
  call<T>(channel: string, input?: unknown): Promise<T>;
  memory(): Promise<NodeJS.MemoryUsage>;
  /** the same right after a full GC: what the core keeps, without the garbage not yet swept */
  collected(): Promise<NodeJS.MemoryUsage>;
  /** profiles the core while `run` runs (KC_BENCH_PROFILE, see profile.ts) */
  profiled<T>(label: string, run: () => Promise<T>): Promise<T>;
  /** a heap snapshot of what the core keeps (after a GC), written to `file` */
  heapSnapshot(file: string): Promise<string>;
  onEvent(listener: (event: string, payload: unknown) => void): void;
  stop(): Promise<void>;
}

interface Answer {
  id?: number;
  ok?: boolean;
  data?: unknown;
  error?: string;
  event?: string;
  payload?: unknown;
}

export async function startCoreProcess(apiUrl: string, dataDir: string): Promise<CoreProcess> {
  const root = join(__dirname, '..');
  const outfile = join(dataDir, '..', `${join(dataDir).split('/').pop()}-core.cjs`);
  await build({
    entryPoints: [join(root, 'bench', 'core-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    // the packages resolve from the project's node_modules, as in the app
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  const child: ChildProcess = fork(outfile, [apiUrl, dataDir], {
    cwd: root,
    // KC_BENCH_V8: V8 flags to try on the core (e.g. `--max-semi-space-size=2`, see the note)
    execArgv: ['--expose-gc', ...(process.env.KC_BENCH_V8?.split(' ').filter(Boolean) ?? [])],
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  });
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners: ((event: string, payload: unknown) => void)[] = [];
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  child.on('message', (message: Answer) => {
    if (message.event === 'ready') return ready();
    if (message.event) {
      for (const listener of listeners) listener(message.event, message.payload);
      return;
    }
    const waiter = waiting.get(message.id ?? -1);
    if (!waiter) return;
    waiting.delete(message.id ?? -1);
    if (message.ok) waiter.resolve(message.data);
    else waiter.reject(new Error(message.error));
  });
  child.once('exit', (code) => {
    for (const waiter of waiting.values()) waiter.reject(new Error(`core exited with ${code}`));
    waiting.clear();
  });
  let next = 0;
  const ask = <T>(question: Omit<CoreAsk, 'id'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve, reject });
      child.send({ id, ...question });
    });
  await started;
  return {
    pid: child.pid ?? 0,
    call: (channel, input) => ask({ op: 'call', channel, input }),
    memory: () => ask({ op: 'memory' }),
    collected: () => ask({ op: 'collected' }),
    async profiled(label, run) {
      await ask({ op: 'profile' });
      try {
        return await run();
      } finally {
        await ask({ op: 'unprofile', label });
      }
    },
    heapSnapshot: (file) => ask({ op: 'heap', file }),
    onEvent: (listener) => listeners.push(listener),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await ask({ op: 'stop' }).catch(() => undefined);
      await exited;
    },
  };
}
