// The web host's own boundary over real loopback sockets: frames of every kind on the bridge,
// the Host header, and addresses that cannot be read. The router behind it is the real one
// (the table's validation) with handlers that only say what they were given.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import { maxCallFrameBytes } from '../core/ipc/frame-limit';
import { createRouter, type Handlers } from '../core/ipc/router';
import { BRIDGE_CLOSE } from './bridge/close-codes';
import { BridgeClient, startTestHost, type Outcome, type TestHost } from './testing/bridge-client';

const received: { channel: string; input: unknown }[] = [];
const handlers = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [
    channel,
    (input: unknown) => {
      received.push({ channel, input });
      return { handled: channel };
    },
  ]),
) as unknown as Handlers;

const LIMIT = 64 * 1024;
let test: TestHost;
let port = 0;

beforeAll(async () => {
  test = await startTestHost(createRouter(handlers), { maxFrameBytes: LIMIT });
  port = Number(new URL(test.host.origin).port);
});
afterAll(() => test.close());

/** A plain HTTP GET with the headers given (Host included). */
function get(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const answered = (outcome: Outcome) => (outcome.kind === 'answer' ? outcome.result : null);

/** The host still serves: a fresh connection gets a real answer. */
async function stillServes(): Promise<void> {
  const client = await BridgeClient.open(test.host);
  expect(answered(await client.call(1, 'app:info'))).toEqual({
    ok: true,
    data: { handled: 'app:info' },
  });
  await client.close();
}

describe('bridge frames', () => {
  it('takes a frame up to the largest legal call: a reply with a 10 MB attachment fits', () => {
    const attachment = Math.ceil((10 * 1024 * 1024) / 3) * 4;
    expect(maxCallFrameBytes()).toBeGreaterThan(attachment + 20_000);
  });

  it('passes a reply with an 800 KB attachment to the router (the app sends such frames)', async () => {
    const big = await startTestHost(createRouter(handlers));
    try {
      const client = await BridgeClient.open(big.host);
      const base64 = Buffer.alloc(800 * 1024, 7).toString('base64');
      const input = {
        ticketId: 'tkt_1',
        body: 'Anbei das Protokoll.',
        attachments: [{ fileName: 'protokoll.txt', mimeType: 'text/plain', base64 }],
      };
      expect(answered(await client.call(5, 'tickets:reply', input))).toEqual({
        ok: true,
        data: { handled: 'tickets:reply' },
      });
      expect(received.at(-1)).toEqual({ channel: 'tickets:reply', input });
      await client.close();
    } finally {
      await big.close();
    }
  });

  it('closes a connection whose frame is over the limit with 1009, and goes on serving', async () => {
    const client = await BridgeClient.open(test.host);
    const outcome = await client.call(2, 'clipboard:writeText', { text: 'x'.repeat(LIMIT) });
    expect(outcome).toMatchObject({ kind: 'closed', code: BRIDGE_CLOSE.tooLarge });
    await stillServes();
  });

  it('closes on frames that are no call, answers by id what has one, and goes on serving', async () => {
    const closing: [string | Buffer, boolean, number][] = [
      ['null', false, BRIDGE_CLOSE.malformedCall],
      ['[1,"app:info"]', false, BRIDGE_CLOSE.malformedCall],
      ['42', false, BRIDGE_CLOSE.malformedCall],
      ['"app:info"', false, BRIDGE_CLOSE.malformedCall],
      ['{', false, BRIDGE_CLOSE.malformedCall],
      ['', false, BRIDGE_CLOSE.malformedCall],
      ['{}', false, BRIDGE_CLOSE.malformedCall],
      ['{"channel":"app:info"}', false, BRIDGE_CLOSE.malformedCall],
      ['{"id":"1","channel":"app:info"}', false, BRIDGE_CLOSE.malformedCall],
      ['{"id":-1,"channel":"app:info"}', false, BRIDGE_CLOSE.malformedCall],
      ['{"id":1.5,"channel":"app:info"}', false, BRIDGE_CLOSE.malformedCall],
      ['{"id":1e300,"channel":"app:info"}', false, BRIDGE_CLOSE.malformedCall],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), false, BRIDGE_CLOSE.invalidText],
      [Buffer.from('{"id":1,"channel":"app:info"}'), true, BRIDGE_CLOSE.unsupportedData],
    ];
    for (const [frame, binary, code] of closing) {
      const client = await BridgeClient.open(test.host);
      expect(await client.send(frame, binary), String(frame)).toMatchObject({
        kind: 'closed',
        code,
      });
    }
    const client = await BridgeClient.open(test.host);
    const refused: [string, string][] = [
      ['{"id":7,"channel":"app:info","extra":1}', 'invalid_input'],
      ['{"id":7,"channel":"app:info","__proto__":{"admin":true}}', 'invalid_input'],
      ['{"id":7,"channel":42}', 'unknown_channel'],
      ['{"id":7,"channel":"fs:read"}', 'unknown_channel'],
      ['{"id":7,"channel":"__proto__"}', 'unknown_channel'],
      ['{"id":7,"channel":"session:login","input":null}', 'invalid_input'],
      ['{"id":7,"channel":"session:login","input":[1,2]}', 'invalid_input'],
    ];
    for (const [frame, code] of refused) {
      const outcome = await client.send(frame);
      expect(outcome, frame).toMatchObject({ kind: 'answer', id: 7, result: { ok: false } });
      expect(answered(outcome)?.ok === false && answered(outcome)).toMatchObject({
        error: { code },
      });
    }
    expect(client.isOpen).toBe(true);
    await client.close();
    await stillServes();
  });
});

describe('requests', () => {
  it('serves only requests naming this host (DNS rebinding gets 421)', async () => {
    expect(await get('/')).toBe(200);
    expect(await get('/', { host: `localhost:${port}` })).toBe(200);
    expect(await get('/app.js', { host: `LOCALHOST:${port}` })).toBe(200);
    expect(await get('/', { host: `evil.example:${port}` })).toBe(421);
    expect(await get('/app.js', { host: `evil.example` })).toBe(421);
    expect(await get('/', { host: `127.0.0.1:${port + 1}` })).toBe(421);
    expect(await get('/', { host: `127.0.0.1` })).toBe(421);
  });

  it('refuses a WebSocket from another host or origin, with the token or not', async () => {
    const refused = [
      { headers: { host: `evil.example:${port}` } },
      { origin: 'http://evil.example' },
      { origin: `http://localhost:${port}` },
      { token: 'x'.repeat(32) },
    ];
    for (const options of refused) {
      await expect(BridgeClient.open(test.host, options)).rejects.toThrow(/403/);
    }
    await stillServes();
  });

  it('answers 400 to an address that cannot be decoded, never 500', async () => {
    for (const path of ['/%E0%A4%A', '/%zz', '/%', '/assets/%C0%AF.js', '/%ED%A0%80']) {
      expect(await get(path), path).toBe(400);
    }
    expect(await get('/nothing-here.js')).toBe(404);
    expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
  });
});
