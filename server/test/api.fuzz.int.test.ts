/**
 * API fuzz, walked from the spec: every operation gets requests with bad types for every body
 * field, missing and extra fields, huge strings, arrays and bodies, deep nesting, wrong content
 * types, odd headers, Content-Length lies, and odd path and query values (unicode, `..`, `%00`,
 * malformed percent-encoding, very long). Every answer must be below 500, every 4xx an RFC 9457
 * problem with a stable code, and the server must still answer its health check after each
 * operation. Short and seeded in `npm test`; `KC_SOAK=1` runs long and prints the figures.
 * Reproduce a failure with the seed it prints: `KC_FUZZ_SEED=<seed>`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations, loadSpec, type Operation } from '../src/openapi';
import { demoIds } from './fuzz/demo-ids';
import { closeAgent, faultOf, send, type FuzzRequest } from './fuzz/fuzz-http';
import { requestFor, TOKEN } from './fuzz/request-arbitrary';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  login,
  startTestServer,
  type TestServer,
} from './helpers';

const SOAK = process.env.KC_SOAK === '1';
const SEED = Number(process.env.KC_FUZZ_SEED ?? (SOAK ? Date.now() % 2 ** 31 : 20_260_514));
/** per operation: at most this many requests, and no longer than this */
const RUNS = SOAK ? 5_000 : 200;
const TIME_MS = SOAK ? 8_000 : 450;

const ops = listOperations(loadSpec());

let s: TestServer;
let base: URL;
let token = '';
let knownIds: string[] = [];
const figures = { requests: 0, byStatus: new Map<number, number>(), signIns: 0, faults: 0 };

/** Waits out a lockout on the server's clock: fuzzed passwords (reauth) lock the owner too. */
async function unlocked<T extends { status: number; body: unknown }>(
  attempt: () => Promise<T>,
): Promise<T> {
  for (let i = 0; ; i++) {
    const res = await attempt();
    const wait = (res.body as { retryAfter?: number } | undefined)?.retryAfter;
    if (res.status !== 423 || wait === undefined || i >= 10) return res;
    s.clock.advance(wait + 1);
  }
}

async function signIn(): Promise<void> {
  const res = await unlocked(() => login(s, DEMO_EMAIL, DEMO_PASSWORD));
  expect(res.status, 'the fuzz owner signs in').toBe(200);
  token = res.body.accessToken ?? '';
  // sensitive operations look further once the password is confirmed
  await unlocked(() =>
    s.call('POST', '/v1/auth/reauth', { password: DEMO_PASSWORD }, bearer(token)),
  );
  figures.signIns++;
}

/** After a refused token: was it the request's fault, or did an operation end the session? */
async function keepSignedIn(): Promise<void> {
  const me = await s.call('GET', '/v1/me', undefined, bearer(token));
  if (me.status === 401) await signIn();
}

function withToken(req: FuzzRequest): FuzzRequest {
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, v.split(TOKEN).join(token)]),
  );
  return { ...req, headers };
}

function describeRequest(req: FuzzRequest): string {
  const body = req.body
    ? ` body ${req.body.length} B: ${req.body.toString('utf8').slice(0, 300)}`
    : '';
  const lie = req.lengthLie !== undefined ? ` (Content-Length off by ${req.lengthLie})` : '';
  return `${req.method} ${req.target.slice(0, 300)} ${JSON.stringify(req.headers).slice(0, 300)}${body}${lie}`;
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${s.url}/v1/health`).catch(() => null);
  return res?.status === 200;
}

beforeAll(async () => {
  s = await startTestServer();
  base = new URL(s.url);
  await signIn();
  knownIds = demoIds(s.dataDir);
}, 60_000);

afterAll(async () => {
  closeAgent();
  if (SOAK) {
    const byStatus = Object.fromEntries([...figures.byStatus].sort(([a], [b]) => a - b));
    console.log(
      `API fuzz (seed ${SEED}): ${figures.requests} requests over ${ops.length} operations, ` +
        `${figures.faults} faults, ${figures.signIns} sign-ins, ${knownIds.length} demo ids in paths; ` +
        `answers ${JSON.stringify(byStatus)}`,
    );
  }
  await s.stop();
});

describe(`API fuzz (KC_FUZZ_SEED=${SEED})`, () => {
  it.each(ops.map((op, i) => [op.operationId, op, i] as const))(
    '%s: no 5xx, every error a problem, the server stays up',
    async (_id, op: Operation, i) => {
      const property = fc.asyncProperty(requestFor(op, knownIds), async (generated) => {
        const req = withToken(generated);
        const res = await send(base, req);
        figures.requests++;
        if (res) figures.byStatus.set(res.status, (figures.byStatus.get(res.status) ?? 0) + 1);
        const fault = faultOf(res);
        if (fault) {
          figures.faults++;
          throw new Error(`${fault}\n  for ${describeRequest(req)}`);
        }
        if (res?.status === 401 && generated.headers.authorization === `Bearer ${TOKEN}`) {
          await keepSignedIn();
        }
      });
      const run = await fc.check(property, {
        seed: SEED + i,
        numRuns: RUNS,
        interruptAfterTimeLimit: TIME_MS,
        markInterruptAsFailure: false,
        // shrinking re-sends requests; in the short run the first failure is enough
        endOnFailure: !SOAK,
      });
      // a run cut short by the time limit is no failure (markInterruptAsFailure: false), even
      // when the one request it began was slower than the limit (a password hash)
      if (run.failed && !(run.interrupted && run.counterexample === null)) {
        const e = run.errorInstance;
        const cause = e instanceof Error ? (e.stack ?? e.message) : String(e);
        throw new Error(
          `${op.operationId} after ${run.numRuns} requests (reproduce: KC_FUZZ_SEED=${SEED}):\n` +
            cause.slice(0, 4000),
        );
      }
      expect(await healthy(), 'the server still answers after the fuzz').toBe(true);
    },
    SOAK ? 600_000 : 30_000,
  );

  it('sent requests and the server is still up', async () => {
    expect(figures.requests).toBeGreaterThan(ops.length * 3);
    expect(await healthy()).toBe(true);
  });
});
