// Fault test of the outbox: the sandbox runs as a child process and is killed (SIGKILL) at a
// random moment while queued replies are being sent, then started again on the same data and
// port; sending goes on (sometimes from a fresh Outbox, as after an app restart). At the end
// every reply must be on the server exactly once, in the order written: an answer lost with
// the server is tried again with the same Idempotency-Key, never stored twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TicketDetail } from '../../../shared/support/types';
import { Session } from '../session/session';
import { openEncryptedCache, type EncryptedCache } from '../store/encrypted-cache';
import { systemClock } from '../ports';
import { createMemorySecretStore } from '../vault/memory-store';
import { SOAK } from '../ipc/fuzz-run';
import { Outbox } from './outbox';

// 30 rounds of 4 replies, each killed at a random point: enough kill points (before, during
// and after a send, and app restarts every fifth round) while the whole CI run stays short;
// the soak (KC_SOAK=1, npm run test:soak) runs 200
const LOOPS = SOAK ? 200 : 30;
const REPLIES_PER_LOOP = 4;
const TICKET = 'tkt_demo_100234_1';
const root = resolve(__dirname, '..', '..', '..', '..');
const serverDir = mkdtempSync(join(tmpdir(), 'kc-outbox-fault-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-outbox-fault-app-'));

// The sandbox's CLI bundled once (beside its source, whose paths it finds from its own
// place): 30 restarts through tsx would spend most of the run compiling the same TypeScript.
const bundle = join(root, 'server', 'src', `.outbox-fault-${process.pid}.mjs`);
let child: ChildProcess | null = null;
let port = 0;

/** Starts the sandbox as `npm run sandbox` does; resolves with its URL once it listens. */
function startSandbox(): Promise<string> {
  return new Promise((done, fail) => {
    // one process (not the tsx CLI, which runs the server in a child a SIGKILL would miss)
    const proc = spawn(
      process.execPath,
      [bundle, 'serve', '--port', String(port), '--data', serverDir],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    const output: string[] = [];
    createInterface({ input: proc.stderr }).on('line', (line) => output.push(line));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      if (line.startsWith('KC_SANDBOX_READY ')) done(line.slice('KC_SANDBOX_READY '.length).trim());
    });
    proc.once('exit', (code) => fail(new Error(`sandbox exited (${code}): ${output.join('\n')}`)));
  });
}

function kill(): Promise<void> {
  const proc = child;
  child = null;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    proc.once('exit', () => done());
    proc.kill('SIGKILL');
  });
}

let session: Session;
let cache: EncryptedCache;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function makeOutbox(): Outbox {
  return new Outbox({
    api: session.api,
    cache: () => cache,
    clock: systemClock,
    onChange: () => undefined,
    onSent: () => undefined,
    retryMinMs: 20,
    retryMaxMs: 100,
  });
}

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'server', 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'error',
  });
  const url = await startSandbox();
  port = Number(new URL(url).port);
  const secrets = createMemorySecretStore();
  session = new Session(url, secrets, systemClock, () => Promise.resolve());
  await session.login('demo@kundencenter.example', 'Demo-Passwort-2026');
  cache = await openEncryptedCache({ dir: join(appDir, 'cache'), secrets });
}, 180_000);

afterAll(async () => {
  await kill();
  rmSync(bundle, { force: true });
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

it(
  `sends every queued reply exactly once and in order across ${LOOPS} server kills`,
  async () => {
    const started = Date.now();
    const written: string[] = [];
    const restarts: number[] = [];
    let outbox = makeOutbox();
    for (let loop = 0; loop < LOOPS; loop++) {
      // every fifth round the app "restarts" too: a new outbox reads the queue from the cache
      if (loop % 5 === 4) {
        outbox.stop();
        outbox = makeOutbox();
      }
      for (let n = 0; n < REPLIES_PER_LOOP; n++) {
        const body = `Runde ${loop}, Antwort ${n}`;
        written.push(body);
        await outbox.add(TICKET, body);
      }
      // somewhere between before the first and after the last reply
      await sleep(Math.floor(Math.random() * 40));
      await kill();
      const restart = Date.now();
      await startSandbox();
      restarts.push(Date.now() - restart);
      await outbox.flush();
      const deadline = Date.now() + 20_000;
      while ((await outbox.list()).length > 0) {
        if (Date.now() > deadline) throw new Error(`loop ${loop}: the outbox did not empty`);
        await sleep(20);
      }
    }
    outbox.stop();

    const { data } = await session.api.request<TicketDetail>({ path: `/v1/tickets/${TICKET}` });
    const sent = data.messages
      .filter((message) => message.author === 'customer' && message.body.startsWith('Runde '))
      .map((message) => message.body);
    expect(sent).toEqual(written);
    console.info(
      `outbox fault test: ${LOOPS} kills, ${written.length} replies, ${Date.now() - started} ms (restarts ${Math.min(...restarts)}–${Math.max(...restarts)} ms)`,
    );
  },
  SOAK ? 3_600_000 : 600_000,
);
