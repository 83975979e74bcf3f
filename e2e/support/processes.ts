/**
 * Real processes for end-to-end tests: the sandbox API and the web host, each on a random
 * loopback port with its own temporary data folder, exactly as `npm start` runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface Running {
  url: string;
  process: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `kc-e2e-${prefix}-`));
}

function start(args: string[], marker: string, env: Record<string, string>): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not start in time:\n${output.join('\n')}`));
    }, 30_000);
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      if (line.startsWith(`${marker} `)) {
        clearTimeout(timer);
        resolve({ url: line.slice(marker.length + 1).trim(), process: child, output, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.join('\n')}`));
    });
  });
}

/** The sandbox API; pass the same dataDir (and port) again to restart it with its data. */
export function startSandbox(dataDir: string, port = 0): Promise<Running> {
  return start(
    ['server/src/cli.ts', 'serve', '--port', String(port), '--data', dataDir],
    'KC_SANDBOX_READY',
    {},
  );
}

/** The app's core and renderer under the web host, against the given API. */
export function startWebHost(
  apiUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<Running> {
  return start(['src/main/webhost/main.ts'], 'KC_WEBHOST_READY', {
    KC_API_URL: apiUrl,
    KC_DATA_DIR: dataDir,
    KC_SYNC_POLL_MS: '1500',
    KC_SYNC_OFFLINE_MAX_MS: '1000',
    ...env,
  });
}

/** Sandbox-only endpoints: what the provider's staff or mail server would show. */
export async function sandboxGet<T>(apiUrl: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, apiUrl));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function sandboxPost(apiUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(new URL(path, apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
}

export interface Recorded {
  clipboard: string;
  notifications: unknown[];
  downloads?: { name: string; size: number }[];
}

/** What the web host recorded instead of showing (notifications), copying or saving. */
export async function recorded(host: Running): Promise<Recorded> {
  const url = new URL(host.url);
  const token = url.searchParams.get('kc') ?? '';
  const response = await fetch(new URL('/__kc/recorded', url.origin), {
    headers: { 'x-kc-token': token },
  });
  return (await response.json()) as Recorded;
}
