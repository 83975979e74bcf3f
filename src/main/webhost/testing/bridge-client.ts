/**
 * Test helpers for the web host's bridge: a host around any IPC router (a page folder with
 * an index.html only), and a WebSocket client that speaks to it as the page's bridge does,
 * or sends whatever frame a test needs and reports how the host answered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  | { kind: 'closed'; code: number; reason: string };

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
    host: WebHost,
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
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.ws.send(frame, { binary });
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
