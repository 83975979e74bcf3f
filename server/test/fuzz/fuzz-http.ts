/**
 * Sending fuzzed requests as they are: node:http keeps the path, the header values and the
 * body bytes exactly as generated (fetch would resolve `..` and re-encode the path), and a raw
 * socket sends a Content-Length that lies. Then the one check every answer must pass.
 */
import http from 'node:http';
import net from 'node:net';
import { PROBLEM_TYPE_BASE } from '../../src/problem';

export interface FuzzRequest {
  method: string;
  /** path and query, percent-encoded or not, sent byte for byte (latin1) */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** a Content-Length this many bytes off the body's length (raw socket; half-closes) */
  lengthLie?: number;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

// a connection per request: an answer the server sends before reading the whole body (413)
// leaves the rest of that body on the socket, which must not become the next request
const agent = new http.Agent({ keepAlive: false });
const MAX_BODY = 32 * 1024 * 1024;

export function send(base: URL, req: FuzzRequest): Promise<FuzzResponse | null> {
  if (req.lengthLie !== undefined) return sendLying(base, req);
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: req.target,
        headers: req.body ? { ...req.headers, 'content-length': req.body.length } : req.headers,
      },
      (res) => {
        const contentType = String(res.headers['content-type'] ?? '');
        const status = res.statusCode ?? 0;
        // an event stream stays open: its status and type are the answer
        if (contentType.startsWith('text/event-stream')) {
          res.destroy();
          resolve({ status, contentType, body: Buffer.alloc(0) });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) res.destroy(new Error('answer larger than 32 MiB'));
          else chunks.push(c);
        });
        res.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.setTimeout(30_000, () => r.destroy(new Error(`no answer to ${req.method} ${req.target}`)));
    r.end(req.body);
  });
}

/** A request whose Content-Length is off; the first answer (if any) before the server closes. */
function sendLying(base: URL, req: FuzzRequest): Promise<FuzzResponse | null> {
  const body = req.body ?? Buffer.alloc(0);
  const length = Math.max(0, body.length + (req.lengthLie ?? 0));
  const head = [
    `${req.method} ${req.target} HTTP/1.1`,
    `host: ${base.host}`,
    ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${length}`,
    'connection: close',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(base.port), base.hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (err: NodeJS.ErrnoException) =>
      // the server may reset a connection whose body never came: no answer, not a failure
      err.code === 'ECONNRESET' || err.code === 'EPIPE' ? resolve(parseRaw(chunks)) : reject(err),
    );
    socket.on('close', () => resolve(parseRaw(chunks)));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    // a body shorter than announced: the server waits for the rest until we close our side
    socket.end();
  });
}

function parseRaw(chunks: Buffer[]): FuzzResponse | null {
  const all = Buffer.concat(chunks);
  const end = all.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const lines = all.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
  const header = (name: string) =>
    lines
      .find((l) => l.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  const length = Number(header('content-length') || NaN);
  const rest = all.subarray(end + 4);
  const body = Number.isFinite(length) ? rest.subarray(0, length) : rest;
  return { status, contentType: header('content-type'), body };
}

/** What is wrong with the answer: a 5xx, or an error that is not an RFC 9457 problem. */
export function faultOf(res: FuzzResponse | null): string | null {
  if (!res) return null;
  if (res.status >= 500 || res.status < 100) return `status ${res.status}`;
  if (res.status < 400) return null;
  if (!/^application\/problem\+json/.test(res.contentType)) {
    return `${res.status} as ${res.contentType || 'no content type'}: ${res.body.toString().slice(0, 200)}`;
  }
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return `${res.status} problem that is not JSON`;
  }
  const { type, title, status, code } = problem;
  if (typeof code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(code)) {
    return `${res.status} problem without a stable code: ${JSON.stringify(problem)}`;
  }
  if (type !== PROBLEM_TYPE_BASE + code || typeof title !== 'string' || status !== res.status) {
    return `${res.status} problem missing type, title or status: ${JSON.stringify(problem)}`;
  }
  return null;
}

export function closeAgent(): void {
  agent.destroy();
}
