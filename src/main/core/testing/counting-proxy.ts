/**
 * A tiny HTTP proxy for integration tests: sits between the core and the real sandbox server
 * and writes down every request, so a test can count what a sync pass cost on the wire
 * without mocking anything. When the server behind it is down, the proxy drops the
 * connection, which the core sees exactly as it would see a server that is gone.
 */
import { createServer, request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** path without the query */
  path: string;
  query: string;
  /** for `POST /v1/batch`: the paths it asked for (without their queries), once it is sent */
  batch?: string[];
}

/** What was read, each read a batch carried counted as its own: where a test asks "what". */
export function readPaths(seen: readonly SeenRequest[]): string[] {
  return seen.flatMap((entry) => entry.batch ?? [entry.path]);
}

export interface CountingProxy {
  url: string;
  /** what came through since the last reset */
  readonly seen: SeenRequest[];
  /** everything that came through, never reset */
  readonly all: SeenRequest[];
  /** requests not answered yet */
  inFlight(): number;
  /** ms since the last request began or ended */
  quietFor(): number;
  /** forget what was seen so far */
  reset(): void;
  /**
   * The next request to `method path` reaches the server, but its answer is lost on the way
   * back (the connection drops): what a client sees when the network fails mid-write.
   */
  loseNextAnswer(method: string, path: string): void;
  close(): Promise<void>;
}

/** The server-sent events stream (GET /v1/events), forwarded but not counted. */
export const EVENT_STREAM_PATH = '/v1/events';

/** Forwards to `upstream` (e.g. http://127.0.0.1:4010); the server may stop and come back. */
export async function startCountingProxy(upstream: string): Promise<CountingProxy> {
  const target = new URL(upstream);
  // a fresh connection per request: a restarted server must not meet a stale socket
  const agent = new Agent({ keepAlive: false });
  const seen: SeenRequest[] = [];
  const all: SeenRequest[] = [];
  let open = 0;
  let lastActivity = Date.now();
  const losing: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', target);
    const entry: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
    };
    if (entry.method === 'POST' && entry.path === '/v1/batch') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          const { requests } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            requests: { path: string }[];
          };
          entry.batch = requests.map((r) => new URL(r.path, target).pathname);
        } catch {
          entry.batch = [];
        }
      });
    }
    // the live event stream stays open for minutes: it is forwarded, but counting it would
    // make "nothing in flight" and "one request per sync" untrue for as long as it runs
    const stream = url.pathname === EVENT_STREAM_PATH;
    if (!stream) {
      seen.push(entry);
      all.push(entry);
      open++;
      lastActivity = Date.now();
      res.on('close', () => {
        open--;
        lastActivity = Date.now();
      });
    }
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (upstreamRes) => {
        const lose = losing.indexOf(`${entry.method} ${entry.path}`);
        if (lose !== -1) {
          losing.splice(lose, 1);
          // the server has acted; its answer is read to the end and thrown away
          upstreamRes.resume();
          upstreamRes.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    all,
    inFlight: () => open,
    quietFor: () => Date.now() - lastActivity,
    reset: () => {
      seen.length = 0;
    },
    loseNextAnswer: (method, path) => {
      losing.push(`${method} ${path}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
