/**
 * The web host: the same core as the Electron shell, under plain Node. It serves the built
 * renderer on 127.0.0.1 with the app's strict CSP, and carries `window.kc` over a WebSocket
 * that only a page holding this run's random token, from this host's own origin, may open.
 */
import { buildSync } from 'esbuild';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core, Logger } from '../core/app-core-types';
import { maxCallFrameBytes } from '../core/ipc/frame-limit';
import { serveBridgeSocket } from './bridge-socket';
import type { Recorder } from './recorder';
import { screenReport, type WebHostScreenSignals } from './screen-signals';
import { allowedHosts, hostAllowed, readRequestPath } from './request-guard';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  recorder: Recorder;
  log?: Logger;
  /** the largest bridge frame taken; default: the largest call the IPC table allows */
  maxFrameBytes?: number;
  /** what /__kc/screen reports to (the app lock's screen lock and idle time) */
  screen?: WebHostScreenSignals;
}

export interface WebHost {
  /** the address to open, token included */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** The renderer's CSP; the only difference to the app's is the bridge's WebSocket. */
export function contentSecurityPolicy(origin: string): string {
  const ws = origin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function bundleBridge(maxFrameBytes: number): string {
  const result = buildSync({
    // the page refuses a call the host would refuse, without losing its connection
    define: { __KC_MAX_FRAME_BYTES__: String(maxFrameBytes) },
    entryPoints: [join(__dirname, 'bridge', 'web-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** the body of a deep-link request: {"url": "kundencenter://…"}, small */
const MAX_DEEP_LINK_BODY = 4096;

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DEEP_LINK_BODY) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

async function readDeepLinkBody(req: IncomingMessage): Promise<string | null> {
  const body = (await readJsonBody(req)) as { url?: unknown } | null;
  return body && typeof body.url === 'string' ? body.url : null;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const maxFrameBytes = options.maxFrameBytes ?? maxCallFrameBytes();
  const bridge = bundleBridge(maxFrameBytes);
  const indexHtml = (await readFile(join(rendererDir, 'index.html'), 'utf8')).replace(
    /<script/,
    '<script src="/__kc/bridge.js"></script>\n    <script',
  );
  let origin = '';
  let hosts = new Set<string>();

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': contentSecurityPolicy(origin),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    if (!hostAllowed(req, hosts)) return send(res, 421, 'text/plain', 'misdirected request');
    const requested = readRequestPath(req, origin);
    if (!requested.ok) return send(res, 400, 'text/plain', 'bad request');
    const { url } = requested;
    // e2e: a kundencenter:// link handed to the app, as the OS hands it to the Electron shell
    if (url.pathname === '/__kc/deep-link' && req.method === 'POST') {
      if (!sameToken(req.headers['x-kc-token'] as string | null, token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      const link = await readDeepLinkBody(req);
      if (link === null) return send(res, 400, 'text/plain', 'bad request');
      const opened = options.core.openDeepLink(link);
      return send(res, 200, TYPES['.json']!, JSON.stringify({ opened }));
    }
    // e2e: the machine's screen locked or idle, as powerMonitor tells the Electron shell
    if (url.pathname === '/__kc/screen' && req.method === 'POST' && options.screen) {
      if (!sameToken(req.headers['x-kc-token'] as string | null, token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      const report = screenReport(await readJsonBody(req));
      if (report === null) return send(res, 400, 'text/plain', 'bad request');
      if ('away' in report) options.screen.away(report.away);
      else options.screen.setIdleSeconds(report.idleSeconds);
      return send(res, 204, 'text/plain', '');
    }
    // e2e: a click on the n-th recorded notification, as the person would click it
    const click = /^\/__kc\/notifications\/(\d{1,6})\/click$/.exec(url.pathname);
    if (click && req.method === 'POST') {
      if (!sameToken(req.headers['x-kc-token'] as string | null, token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      const shown = options.recorder.snapshot().notifications[Number(click[1])];
      if (!shown) return send(res, 404, 'text/plain', 'not found');
      options.core.openNotification(shown.target ?? null);
      return send(res, 204, 'text/plain', '');
    }
    // e2e: an answer typed into the n-th recorded notification, as macOS's reply field sends it
    const answer = /^\/__kc\/notifications\/(\d{1,6})\/reply$/.exec(url.pathname);
    if (answer && req.method === 'POST') {
      if (!sameToken(req.headers['x-kc-token'] as string | null, token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      const shown = options.recorder.snapshot().notifications[Number(answer[1])];
      const body = (await readJsonBody(req)) as { text?: unknown } | null;
      if (!shown) return send(res, 404, 'text/plain', 'not found');
      if (!body || typeof body.text !== 'string')
        return send(res, 400, 'text/plain', 'bad request');
      const sent = await options.core.replyToNotification(shown.target ?? null, body.text);
      return send(res, 200, TYPES['.json']!, JSON.stringify({ sent }));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (url.pathname === '/__kc/bridge.js') return send(res, 200, TYPES['.js']!, bridge);
    if (url.pathname === '/__kc/recorded') {
      if (!sameToken(req.headers['x-kc-token'] as string | null, token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      return send(res, 200, TYPES['.json']!, JSON.stringify(options.recorder.snapshot()));
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, TYPES['.html']!, indexHtml);
    }
    const file = normalize(join(rendererDir, requested.path));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'not found');
    try {
      const body = await readFile(file);
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      options.log?.error('webhost: request failed', { error: String(error) });
      if (res.headersSent) res.destroy();
      else send(res, 500, 'text/plain', 'error');
    });
  });
  // a frame up to the largest legal call; a larger one ws closes with 1009 (and an 'error')
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const clients = new Set<WebSocket>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // a reset during the handshake must not end the process
    socket.on('error', () => socket.destroy());
    const requested = readRequestPath(req, origin);
    const allowed =
      hostAllowed(req, hosts) &&
      requested.ok &&
      requested.url.pathname === '/__kc/ws' &&
      req.headers.origin === origin &&
      sameToken(requested.url.searchParams.get('token'), token);
    if (!allowed) {
      options.log?.warn('webhost: refused a WebSocket', { origin: req.headers.origin });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
      serveBridgeSocket(ws, options.core.router, options.log);
    });
  });

  const unsubscribe = options.core.onEvent((event, payload) => {
    const data = JSON.stringify({ event, payload });
    for (const client of clients) if (client.readyState === client.OPEN) client.send(data);
  });

  await new Promise<void>((resolveListen) =>
    server.listen(options.port ?? 0, '127.0.0.1', resolveListen),
  );
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  hosts = allowedHosts(port);

  return {
    url: `${origin}/?kc=${token}`,
    origin,
    token,
    async close() {
      unsubscribe();
      for (const client of clients) client.terminate();
      wss.close();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
