// Kill loop: the web host (its own process, keychain vault) is killed with SIGKILL at random
// points while it syncs the large account (10,000 invoices, 2,000 domains with 40,000 DNS
// records, PDFs in the background) and sends ticket replies queued while offline. Before each
// restart every file of the encrypted cache is read and checked (0 unreadable, no file of an
// unknown entry), after it the leftovers of interrupted writes are gone; at the end every
// queued reply is on the server exactly once, in order. Starts that find no session are
// counted (and signed in again).
// A handful of rounds in `npm test`, 200 with KC_SOAK=1.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../../server/src/app';
import { seedLarge } from '../../../server/src/billing/large';
import { openDb } from '../../../server/src/db';
import { seedDemo } from '../../../server/src/demo';
import { seedLargeDomains } from '../../../server/src/domains/large';
import type { SessionState } from '../../shared/domain';
import type { OutboxEntry } from '../../shared/support/ipc';
import type { TicketDetail } from '../../shared/support/types';
import { Figures, FUZZ_SEED, SOAK } from '../core/ipc/fuzz-run';
import type { SecretStore } from '../core/ports';
import { SESSION_SECRET } from '../core/session/session';
import { CACHE_KEY_SECRET, cacheFileName, unseal } from '../core/store/encrypted-cache';
import { openSecretStore } from '../core/vault/keyring-store';
import { BridgeClient, type Outcome } from './testing/bridge-client';
import {
  bundleWebHost,
  startWebHostProcess,
  type WebHostBundle,
  type WebHostProcess,
} from './testing/webhost-process';
import { until } from '../core/testing/core-calls';

const ROUNDS = SOAK ? 200 : 4;
const REPLIES = SOAK ? 12 : 3;
/** a kill comes somewhere between at once and this long after the host is up */
const MAX_LIFE_MS = 2500;
const LARGE = { email: 'large@kundencenter.example', password: 'Demo-Passwort-2026' };

const serverDir = mkdtempSync(join(tmpdir(), 'kc-kill-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-kill-app-'));
const namesFile = join(mkdtempSync(join(tmpdir(), 'kc-kill-names-')), 'names.jsonl');
const cacheDir = join(appDir, 'cache');
const figures = new Figures('kill loop');
let server: Awaited<ReturnType<typeof startServer>>;
let bundle: WebHostBundle;
let secrets: SecretStore;
let host: WebHostProcess | null = null;

/** replayable kill points: mulberry32 from the run's seed */
let state = FUZZ_SEED >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seedServer(): Promise<void> {
  const db = openDb(serverDir);
  try {
    await seedDemo(db);
    await seedLarge(db, { invoices: SOAK ? 10_000 : 4_000 });
    seedLargeDomains(db);
  } finally {
    db.close();
  }
}

function startHost(): Promise<WebHostProcess> {
  return startWebHostProcess(bundle, {
    apiUrl: server.url,
    dataDir: appDir,
    env: {
      KC_TEST_CACHE_NAMES: namesFile,
      KC_SYNC_POLL_MS: '1500',
      KC_SYNC_OFFLINE_MAX_MS: '500',
    },
  });
}

/** A channel through the web host's bridge, as the renderer calls it (core-calls' callOn for a core in-process). */
async function call<T>(client: BridgeClient, channel: string, input?: unknown): Promise<T> {
  const outcome: Outcome = await client.call(1, channel, input);
  if (outcome.kind !== 'answer' || !outcome.result.ok) {
    throw new Error(`${channel}: ${JSON.stringify(outcome)}`);
  }
  return outcome.result.data as T;
}

/** Reads every file of the cache with the key from the keychain, as the app would. */
async function checkCache(): Promise<{ files: number; unreadable: number; unknown: number }> {
  const stored = await secrets.get(CACHE_KEY_SECRET);
  const files = existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.kc')) : [];
  if (!stored) return { files: files.length, unreadable: 0, unknown: files.length };
  const key = Buffer.from(stored, 'base64');
  const names = existsSync(namesFile)
    ? readFileSync(namesFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string)
    : [];
  const byFile = new Map(names.map((name) => [cacheFileName(key, name), name]));
  let unreadable = 0;
  let unknown = 0;
  for (const file of files) {
    const name = byFile.get(file);
    if (name === undefined) {
      unknown++;
      continue;
    }
    try {
      unseal(key, name, readFileSync(join(cacheDir, file)));
    } catch {
      unreadable++;
    }
  }
  return { files: files.length, unreadable, unknown };
}

const temps = () =>
  existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.tmp')) : [];

beforeAll(async () => {
  await seedServer();
  [server, bundle, secrets] = await Promise.all([
    startServer({ dataDir: serverDir, port: 0 }),
    bundleWebHost({ recordCacheNames: true }),
    openSecretStore({
      service: 'de.cmo.kundencenter',
      // the web host's keychain namespace for its data folder (main.ts)
      profile: createHash('sha256').update(appDir).digest('hex').slice(0, 16),
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await host?.kill();
  await server?.close();
  bundle?.remove();
  await secrets?.delete(SESSION_SECRET);
  await secrets?.delete(CACHE_KEY_SECRET);
  for (const dir of [serverDir, appDir, join(namesFile, '..')]) {
    rmSync(dir, { recursive: true, force: true });
  }
  figures.print();
});

it(
  `keeps the cache readable and every queued reply across ${ROUNDS} kills during a large sync`,
  async () => {
    expect(secrets.kind).toBe('keychain');
    // signed in, a ticket to answer, then offline: the replies wait in the outbox
    host = await startHost();
    let client = await BridgeClient.open(host);
    expect(await call<SessionState>(client, 'session:login', LARGE)).toMatchObject({
      status: 'signedIn',
    });
    const { ticket } = await call<{ ticket: TicketDetail }>(client, 'tickets:create', {
      department: 'technik',
      subject: 'Kill-Test',
      priority: 'normal',
      related: [],
      message: 'Ein Ticket für die Antworten aus dem Postausgang.',
    });
    await until(
      'the new ticket in the cache',
      async () => (await call<unknown>(client, 'tickets:get', { id: ticket.id })) !== null,
      20_000,
    );
    const port = server.port;
    await server.close();
    const written: string[] = [];
    for (let n = 0; n < REPLIES; n++) {
      const body = `Antwort ${n} aus dem Postausgang (${FUZZ_SEED})`;
      written.push(body);
      const entry = await call<OutboxEntry>(client, 'tickets:reply', { ticketId: ticket.id, body });
      expect(entry.state).not.toBe('failed');
    }
    await client.close();
    await sleep(random() * 100);
    await host.kill();
    server = await startServer({ dataDir: serverDir, port });

    for (let round = 1; round <= ROUNDS; round++) {
      const cache = await checkCache();
      figures.add('rounds');
      figures.add('cache files read', cache.files);
      figures.add('unreadable entries', cache.unreadable);
      figures.add('files of unknown entries', cache.unknown);
      expect(cache, `round ${round}`).toMatchObject({ unreadable: 0, unknown: 0 });
      const left = temps();
      figures.add('temp files left by kills', left.length);

      host = await startHost();
      // the cache was opened before the host said it was ready: what the kill left is gone
      expect(temps().filter((file) => left.includes(file))).toEqual([]);
      client = await BridgeClient.open(host);
      if ((await call<SessionState>(client, 'session:get')).status !== 'signedIn') {
        // not this suite's to fix (session and vault): counted, then signed in again so the
        // loop goes on; the queued replies must survive it all the same
        const kept = await secrets.get(SESSION_SECRET);
        figures.add(kept ? 'starts signed out, session still in the keychain' : 'sessions lost');
        await call(client, 'session:login', LARGE);
      }
      await client.close();
      await sleep(random() * MAX_LIFE_MS);
      await host.kill();
    }

    // the last start: the outbox empties, and the server has each reply once, in order
    host = await startHost();
    client = await BridgeClient.open(host);
    await until(
      'the outbox empty',
      async () => (await call<OutboxEntry[]>(client, 'outbox:list')).length === 0,
      60_000,
    );
    const detail = await until(
      'every reply in the ticket',
      async () => {
        await call(client, 'sync:now');
        const cached = await call<{ data: TicketDetail } | null>(client, 'tickets:get', {
          id: ticket.id,
        });
        const bodies = cached?.data.messages.map((message) => message.body) ?? [];
        return written.every((body) => bodies.includes(body)) && cached;
      },
      30_000,
    ).catch(() => null);
    const sent = (detail?.data.messages ?? [])
      .map((m) => m.body)
      .filter((b) => written.includes(b));
    figures.add('replies queued', written.length);
    figures.add('replies lost', written.filter((body) => !sent.includes(body)).length);
    figures.add('replies sent twice', sent.length - new Set(sent).size);
    await client.close();
    expect(sent).toEqual(written);
    expect(figures.get('unreadable entries')).toBe(0);
  },
  SOAK ? 60 * 60_000 : 120_000,
);
