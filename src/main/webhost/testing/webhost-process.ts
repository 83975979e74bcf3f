/**
 * The web host as its own process, for the fuzz and fault suites: started from its real entry
 * point (main.ts), bundled once by esbuild beside its source (main.ts and the host find their
 * files from their own place) so that many restarts do not each compile the TypeScript, and
 * killable with SIGKILL: one node process, not tsx's launcher that a kill would miss.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build, type Plugin } from 'esbuild';

const webhostDir = resolve(__dirname, '..');
const root = resolve(webhostDir, '..', '..', '..');

export interface WebHostBundle {
  file: string;
  /** a page folder with an index.html only (the bridge is what these suites talk to) */
  rendererDir: string;
  remove(): void;
}

/** Puts recording-cache.ts where the core imports the encrypted cache (see that file). */
const recordingCache: Plugin = {
  name: 'recording-cache',
  setup(setup) {
    setup.onResolve({ filter: /\/store\/encrypted-cache$/ }, (args) =>
      args.importer.endsWith('recording-cache.ts')
        ? undefined
        : { path: join(__dirname, 'recording-cache.ts') },
    );
  },
};

export async function bundleWebHost(
  options: { recordCacheNames?: boolean } = {},
): Promise<WebHostBundle> {
  const file = join(webhostDir, `.webhost-test-${process.pid}-${Date.now()}.cjs`);
  await build({
    plugins: options.recordCacheNames ? [recordingCache] : [],
    entryPoints: [join(webhostDir, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: file,
    logLevel: 'error',
  });
  const rendererDir = mkdtempSync(join(tmpdir(), 'kc-webhost-page-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script src="/app.js"></script>');
  return {
    file,
    rendererDir,
    remove() {
      rmSync(file, { force: true });
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  port: number;
  child: ChildProcess;
  /** stderr and stdout lines so far */
  output: string[];
  /** whether the process ended by itself (a crash), as opposed to a kill by the test */
  crashed(): boolean;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function startWebHostProcess(
  bundle: WebHostBundle,
  options: { apiUrl: string; dataDir: string; port?: number; env?: Record<string, string> },
): Promise<WebHostProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle.file], {
      cwd: root,
      env: {
        ...process.env,
        KC_API_URL: options.apiUrl,
        KC_DATA_DIR: options.dataDir,
        KC_RENDERER_DIR: bundle.rendererDir,
        KC_WEBHOST_PORT: String(options.port ?? 0),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    let killed = false;
    const ended = new Promise<void>((resolveEnd) => child.once('exit', () => resolveEnd()));
    const end = (signal: NodeJS.Signals) => {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      killed = true;
      child.kill(signal);
      return ended;
    };
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      if (!line.startsWith('KC_WEBHOST_READY ')) return;
      const url = new URL(line.slice('KC_WEBHOST_READY '.length).trim());
      done({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('kc') ?? '',
        port: Number(url.port),
        child,
        output,
        crashed: () => !killed && (child.exitCode !== null || child.signalCode !== null),
        kill: () => end('SIGKILL'),
        stop: () => end('SIGTERM'),
      });
    });
    child.once('exit', (code, signal) => {
      if (!killed) fail(new Error(`web host exited (${code ?? signal}):\n${output.join('\n')}`));
    });
  });
}
