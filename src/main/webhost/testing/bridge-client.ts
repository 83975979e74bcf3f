/**
 * Test helpers for the web host's bridge: a host around any IPC router (a page folder with
 * an index.html only), and a WebSocket client that speaks to it as the page's bridge does,
 * or sends whatever frame a test needs and reports how the host answered.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { IpcResult } from '../../../shared/domain';
import type { Core, IpcRouter } from '../../core/app-core-types';
import { createRecorder } from '../recorder';
import { startWebHost, type WebHost } from '../web-host';

export interface TestHost {
  host: WebHost;
  close(): Promise<void>;
}

/** A web host serving `router` on a random loopback port. */
export async function startTestHost(
  router: IpcRouter,
  options: { maxFrameBytes?: number } = {},
): Promise<TestHost> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'kc-webhost-page-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script src="/app.js"></script>');
  writeFileSync(join(rendererDir, 'app.js'), '');
  const core: Core = {
    router,
    onEvent: () => () => undefined,
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
    openNotification: () => undefined,
    replyToNotification: () => Promise.resolve(false),
    openDeepLink: () => false,
  };
  const host = await startWebHost({ core, rendererDir, recorder: createRecorder(), ...options });
  return {
    host,
    async close() {
      await host.close();
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

/** How the host took a frame: an answer, or the connection closed with a code. */
export type Outcome =
  | { kind: 'answer'; id: unknown; result: IpcResult<unknown> }
  | { kind: 'closed'; code: number; reason: string }
  /** neither within SILENCE_MS: the host ignored the frame (or is gone) */
  | { kind: 'silent' };

const SILENCE_MS = 10_000;

/** where a bridge listens: the host's origin and this run's token */
export type HostAddress = Pick<WebHost, 'origin' | 'token'>;

export class BridgeClient {
  private readonly waiting: ((outcome: Outcome) => void)[] = [];
  private closed: Outcome | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const reply = JSON.parse(data.toString('utf8')) as { id?: unknown; result?: unknown };
      if (!('id' in reply)) return; // an event
      this.waiting.shift()?.({
        kind: 'answer',
        id: reply.id,
        result: reply.result as IpcResult<unknown>,
      });
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { kind: 'closed', code, reason: reason.toString('utf8') };
      for (const wait of this.waiting.splice(0)) wait(this.closed);
    });
    // a write racing the host's close: the 'close' event says what happened
    ws.on('error', () => undefined);
  }

  static open(
    host: HostAddress,
    options: { headers?: Record<string, string>; origin?: string; token?: string } = {},
  ): Promise<BridgeClient> {
    const token = options.token ?? host.token;
    const url = `${host.origin.replace(/^http/, 'ws')}/__kc/ws?token=${token}`;
    const ws = new WebSocket(url, {
      origin: options.origin ?? host.origin,
      headers: options.headers,
    });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new BridgeClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`refused: ${res.statusCode}`)),
      );
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends one frame (text unless `binary`) and waits for its answer or the close. */
  send(frame: string | Buffer, binary = false): Promise<Outcome> {
    return this.expect(() => this.ws.send(frame, { binary }));
  }

  /** Sends one text message in fragments (continuation frames), as a browser may. */
  sendFragments(parts: string[]): Promise<Outcome> {
    return this.expect(() =>
      parts.forEach((part, index) => this.ws.send(part, { fin: index === parts.length - 1 })),
    );
  }

  private expect(write: () => void): Promise<Outcome> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(settle), 1);
        resolve({ kind: 'silent' });
      }, SILENCE_MS);
      const settle = (outcome: Outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.waiting.push(settle);
      write();
    });
  }

  /** A call as the page's bridge makes it. */
  call(id: number, channel: string, input?: unknown): Promise<Outcome> {
    return this.send(JSON.stringify({ id, channel, input }));
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

/**
 * Opens a bridge connection by hand and sends only the header of a text frame that claims
 * `length` bytes (and a few of them): what a frame too large to build would look like to the
 * host. Resolves with the close code the host answers with (0: closed without one).
 */
export function sendFrameHeader(host: HostAddress, length: number): Promise<number> {
  const { hostname, port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    let upgraded = false;
    socket.on('error', () => undefined); // the host may reset while the rest is still sent
    socket.on('close', () => resolve(0));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) return;
        if (!received.subarray(0, end).toString('latin1').startsWith('HTTP/1.1 101')) {
          reject(new Error(received.subarray(0, end).toString('latin1')));
          socket.destroy();
          return;
        }
        upgraded = true;
        received = received.subarray(end + 4);
        const header = Buffer.alloc(14);
        header[0] = 0x81; // FIN, text
        header[1] = 0x80 | 127; // masked, 64-bit length
        header.writeBigUInt64BE(BigInt(length), 2);
        randomBytes(4).copy(header, 10);
        socket.write(Buffer.concat([header, Buffer.from('{"id":1,')]));
      }
      // the host's close frame: 0x88, its length, then the code
      if (received.length >= 4 && received[0] === 0x88) {
        resolve(received.readUInt16BE(2));
        socket.destroy();
      }
    });
    socket.write(
      [
        `GET /__kc/ws?token=${host.token} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        `Origin: ${host.origin}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
  });
}
