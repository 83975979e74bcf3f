// IPC fuzz through the web-host bridge: the real web host as its own process (its real entry
// point and core, against the sandbox), spoken to over real WebSockets on 127.0.0.1 with
// calls generated from every channel's zod schema and bent out of them, and with frames of
// every shape and size (JSON that is no call, odd ids, broken UTF-8, binary, fragmented,
// deeply nested, larger than any legal call). The host must answer or close with a code,
// never 'internal', never die, and still serve afterwards. KC_SOAK=1 runs it long.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/src/app';
import { ipcTable, type Channel } from '../../shared/ipc';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import { maxCallFrameBytes } from '../core/ipc/frame-limit';
import { Figures, FUZZ_SEED, SOAK } from '../core/ipc/fuzz-run';
import {
  badArbitrary,
  expectInvalid,
  validArbitrary,
  type FuzzSize,
} from '../core/ipc/ipc-arbitraries';
import { shapeOf } from '../core/ipc/schema-shape';
import { BRIDGE_CLOSE } from './bridge/close-codes';
import { BridgeClient, sendFrameHeader, type Outcome } from './testing/bridge-client';
import {
  bundleWebHost,
  startWebHostProcess,
  type WebHostBundle,
  type WebHostProcess,
} from './testing/webhost-process';

/** the long run takes minutes; the short one seconds */
const TIMEOUT_MS = SOAK ? 30 * 60_000 : 60_000;
const RUNS = SOAK ? { valid: 40, bad: 120, frames: 3000 } : { valid: 2, bad: 5, frames: 150 };
const SIZE: FuzzSize = SOAK
  ? { maxString: 2000, maxArray: 12, hugeString: 4_000_000, maxDepth: 3000 }
  : { maxString: 200, maxArray: 3, hugeString: 200_000, maxDepth: 1000 };
const CLOSE_CODES = new Set<number>(Object.values(BRIDGE_CLOSE));

const serverDir = mkdtempSync(join(tmpdir(), 'kc-bridge-fuzz-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-bridge-fuzz-app-'));
const figures = new Figures('IPC fuzz, web-host bridge');
let server: Awaited<ReturnType<typeof startServer>>;
let bundle: WebHostBundle;
let host: WebHostProcess;
let client: BridgeClient;
let nextId = 1;

beforeAll(async () => {
  [server, bundle] = await Promise.all([
    startServer({ dataDir: serverDir, port: 0 }),
    bundleWebHost(),
  ]);
  host = await startWebHostProcess(bundle, {
    apiUrl: server.url,
    dataDir: appDir,
    env: { KC_VAULT: 'memory' },
  });
  client = await BridgeClient.open(host);
}, 60_000);

afterAll(async () => {
  await client?.close();
  await host?.stop();
  await server?.close();
  bundle?.remove();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
  figures.print();
});

/** Counts the outcome; a closed connection is opened again for the next frame. */
async function took(outcome: Outcome): Promise<Outcome> {
  figures.add('messages');
  if (outcome.kind === 'silent') {
    figures.add('no answer');
    expect.fail(`no answer and no close (host ${host.crashed() ? 'crashed' : 'alive'})`);
  }
  if (outcome.kind === 'closed') {
    figures.add(`closed.${outcome.code}`);
    expect(host.crashed(), host.output.join('\n')).toBe(false);
    client = await BridgeClient.open(host);
  } else {
    figures.add(`answers.${outcome.result.ok ? 'ok' : outcome.result.error.code}`);
  }
  return outcome;
}

const codeOf = (outcome: Outcome) =>
  outcome.kind === 'silent'
    ? 'silent'
    : outcome.kind === 'closed'
      ? `closed ${outcome.code}`
      : outcome.result.ok
        ? 'ok'
        : outcome.result.error.code;

/** What a call carries once through JSON (undefined in arrays → null, NaN → null, -0 → 0). */
const overTheWire = (input: unknown): unknown =>
  input === undefined ? undefined : JSON.parse(JSON.stringify(input));

async function stillServes(): Promise<void> {
  const fresh = await BridgeClient.open(host);
  expect(await fresh.call(1, 'app:info')).toMatchObject({ kind: 'answer', result: { ok: true } });
  await fresh.close();
}

/** Frames that are no call, or calls of odd shape: as text, bytes, binary or in pieces. */
const oddFrame = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ text: JSON.stringify(value) })),
  fc
    .record({
      id: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.nat(), fc.constant(-1), fc.double()),
      channel: fc.oneof(fc.constantFrom(...CHANNEL_NAMES), fc.string(), fc.jsonValue()),
      input: fc.jsonValue({ maxDepth: 3 }),
    })
    .map((call) => ({ text: JSON.stringify(call) })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ bytes: Buffer.from(bytes) })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ binary: Buffer.from(bytes) })),
  fc
    .tuple(fc.constantFrom(...CHANNEL_NAMES), fc.integer({ min: 2, max: 5 }))
    .map(([channel, pieces]) => {
      const text = JSON.stringify({ id: 3, channel, input: { text: 'x'.repeat(50) } });
      const size = Math.ceil(text.length / pieces);
      return {
        fragments: Array.from({ length: pieces }, (_, i) => text.slice(i * size, (i + 1) * size)),
      };
    }),
  fc
    .tuple(fc.integer({ min: 10, max: SOAK ? 1_000_000 : 100_000 }), fc.constantFrom('[', '{"a":'))
    .map(([depth, open]) => ({
      text: `{"id":4,"channel":"invoices:get","input":${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}}`,
    })),
  fc.integer({ min: 1, max: SIZE.hugeString }).map((length) => ({
    text: JSON.stringify({
      id: 5,
      channel: 'clipboard:writeText',
      input: { text: 'y'.repeat(length) },
    }),
  })),
);

describe(`IPC fuzz through the web-host bridge (seed ${FUZZ_SEED})`, () => {
  it(
    'every channel: valid calls pass, bent ones answer invalid_input',
    async () => {
      for (const channel of Object.keys(ipcTable) as Channel[]) {
        const schema = ipcTable[channel].input;
        const shape = shapeOf(schema);
        const valid = validArbitrary(shape, SIZE).filter(
          (input) => !expectInvalid(schema, overTheWire(input)),
        );
        await fc.assert(
          fc.asyncProperty(valid, async (input) => {
            const code = codeOf(await took(await client.call(nextId++, channel, input)));
            if (code === 'invalid_input') figures.add('invalid_input for valid input');
            expect(['invalid_input', 'internal']).not.toContain(code);
            expect(code).not.toMatch(/^closed/);
          }),
          { seed: FUZZ_SEED, numRuns: RUNS.valid },
        );
        await fc.assert(
          fc.asyncProperty(badArbitrary(shape, SIZE), async (input) => {
            const invalid = expectInvalid(schema, overTheWire(input));
            const code = codeOf(await took(await client.call(nextId++, channel, input)));
            if (invalid && code !== 'invalid_input')
              figures.add('non-validation errors for bad input');
            if (invalid) expect(code).toBe('invalid_input');
            else expect(['invalid_input', 'internal']).not.toContain(code);
          }),
          { seed: FUZZ_SEED, numRuns: RUNS.bad },
        );
      }
      await stillServes();
    },
    TIMEOUT_MS,
  );

  it(
    'frames of every shape: an answer or a close with its code, never a crash',
    async () => {
      await fc.assert(
        fc.asyncProperty(oddFrame, async (frame) => {
          const outcome = await took(
            'fragments' in frame
              ? await client.sendFragments(frame.fragments)
              : 'binary' in frame
                ? await client.send(frame.binary, true)
                : await client.send('bytes' in frame ? frame.bytes : frame.text),
          );
          if (outcome.kind === 'closed') expect(CLOSE_CODES).toContain(outcome.code);
          else expect(codeOf(outcome)).not.toBe('internal');
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.frames },
      );
      await stillServes();
    },
    TIMEOUT_MS,
  );

  it(
    'a frame over the largest legal call is closed with 1009; the host goes on',
    async () => {
      const limit = maxCallFrameBytes();
      expect(await sendFrameHeader(host, limit + 1)).toBe(BRIDGE_CLOSE.tooLarge);
      expect(await sendFrameHeader(host, 2 ** 53)).toBe(BRIDGE_CLOSE.tooLarge);
      figures.add('messages', 2);
      figures.add(`closed.${BRIDGE_CLOSE.tooLarge}`, 2);
      await stillServes();
      expect(host.crashed()).toBe(false);
      figures.add('crashes', host.crashed() ? 1 : 0);
    },
    TIMEOUT_MS,
  );
});
