// IPC fuzz through the real router of a real core against the real sandbox: for every
// channel of the table, inputs built from its zod schema and inputs bent out of them, first
// signed out, then signed in (where handlers put inputs into API paths and bodies). Every bad
// input answers invalid_input, no valid one does, none answers 'internal', and no input
// reaches Object.prototype. Short and seeded in `npm test`; KC_SOAK=1 runs it long.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { SessionState } from '../../../shared/domain';
import { ipcTable, type Channel } from '../../../shared/ipc';
import type { Core } from '../app-core-types';
import { Figures, FUZZ_SEED, SOAK } from './fuzz-run';
import { badArbitrary, expectInvalid, validArbitrary, type FuzzSize } from './ipc-arbitraries';
import { shapeOf } from './schema-shape';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
/** the long run takes minutes; the short one seconds */
const TIMEOUT_MS = SOAK ? 30 * 60_000 : 60_000;
const RUNS = SOAK ? { valid: 60, bad: 200 } : { valid: 4, bad: 10 };
const SIZE: FuzzSize = SOAK
  ? { maxString: 2000, maxArray: 12, hugeString: 2_000_000, maxDepth: 200_000 }
  : { maxString: 200, maxArray: 3, hugeString: 20_000, maxDepth: 2_000 };
/** what ends the session (fuzzed signed out only; the signed-in part would sign in again) */
const SIGNS_OUT = new Set<string>(['session:logout', 'session:logoutEverywhere']);

/** what Object.prototype holds before any input: an input that reached it would add keys */
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const serverDir = mkdtempSync(join(tmpdir(), 'kc-router-fuzz-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-router-fuzz-app-'));
const figures = new Figures('IPC fuzz, router');
let server: Awaited<ReturnType<typeof startServer>>;
let core: Core;

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  core = createTestCore(server.url, appDir, {
    version: 'fuzz',
    syncTimings: { pollMs: 60_000, offlineMinMs: 1000, offlineMaxMs: 5000, prefetchGapMs: 60_000 },
  });
  await core.start();
});

afterAll(async () => {
  await core.stop();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
  figures.print();
});

async function answerCode(channel: string, input: unknown): Promise<string> {
  figures.add('messages');
  let result;
  try {
    result = await core.router.handle(channel, input);
  } catch {
    figures.add('crashes');
    return 'crash';
  }
  const code = result.ok ? 'ok' : result.error.code;
  figures.add(`answers.${code}`);
  return code;
}

async function signedIn(): Promise<boolean> {
  const state = await core.router.handle('session:get', undefined);
  return state.ok && (state.data as SessionState).status === 'signedIn';
}

/** valid inputs pass the router, bent ones answer invalid_input, nothing answers 'internal' */
async function fuzzChannel(channel: Channel): Promise<void> {
  const schema = ipcTable[channel].input;
  const shape = shapeOf(schema);
  await fc.assert(
    fc.asyncProperty(
      validArbitrary(shape, SIZE).filter((value) => !expectInvalid(schema, value)),
      async (input) => {
        const code = await answerCode(channel, input);
        if (code === 'invalid_input') figures.add('invalid_input for valid input');
        if (code === 'internal' || code === 'crash') figures.add('failures for valid input');
        expect(code).not.toBe('invalid_input');
        expect(code).not.toBe('internal');
        expect(code).not.toBe('crash');
      },
    ),
    { seed: FUZZ_SEED, numRuns: RUNS.valid },
  );
  await fc.assert(
    fc.asyncProperty(badArbitrary(shape, SIZE), async (input) => {
      const invalid = expectInvalid(schema, input);
      const code = await answerCode(channel, input);
      if (invalid && code !== 'invalid_input') figures.add('non-validation errors for bad input');
      if (invalid) expect(code).toBe('invalid_input');
      else expect(['invalid_input', 'internal', 'crash']).not.toContain(code);
    }),
    { seed: FUZZ_SEED, numRuns: RUNS.bad },
  );
}

const channels = Object.keys(ipcTable) as Channel[];

describe(`IPC fuzz through the router (seed ${FUZZ_SEED})`, () => {
  it(
    'signed out: every channel',
    async () => {
      for (const channel of channels) await fuzzChannel(channel);
    },
    TIMEOUT_MS,
  );

  it(
    'signed in: every channel that keeps the session',
    async () => {
      const login = await core.router.handle('session:login', DEMO);
      expect(login).toMatchObject({ ok: true, data: { status: 'signedIn' } });
      for (const channel of channels.filter((name) => !SIGNS_OUT.has(name))) {
        await fuzzChannel(channel);
        // "Jetzt sperren" locks the app: open it again so the channels after it are reached
        const lock = await core.router.handle('appLock:get', undefined);
        if (lock.ok && (lock.data as { locked: boolean }).locked) {
          figures.add(`app locked by ${channel}`);
          await core.router.handle('appLock:unlock', { password: DEMO.password });
        }
        // a channel that ended the session after all: sign in again, and count it
        if (!(await signedIn())) {
          figures.add(`signed out by ${channel}`);
          await core.router.handle('session:login', DEMO);
        }
      }
    },
    TIMEOUT_MS,
  );

  it(
    'left Object.prototype as it was, and nothing crashed',
    () => {
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      expect(figures.get('crashes')).toBe(0);
    },
    TIMEOUT_MS,
  );
});
