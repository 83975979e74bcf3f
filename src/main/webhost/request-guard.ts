/**
 * What the web host checks on every request before serving it: the Host header names this
 * host (a page of another site whose name was re-pointed at 127.0.0.1, "DNS rebinding", sends
 * its own name and is refused), and the address is one that can be read at all.
 */
import type { IncomingMessage } from 'node:http';

/** The Host values that reach this host: the loopback address it listens on, and localhost. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(req: IncomingMessage, allowed: Set<string>): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowed.has(host.toLowerCase());
}

export type RequestPath = { ok: true; url: URL; path: string } | { ok: false };

/**
 * The request's URL and its decoded path; not ok for an address that cannot be read (not
 * origin-relative, or with a broken percent-escape such as `/%E0%A4%A`): a 400, never a 500.
 */
export function readRequestPath(req: IncomingMessage, origin: string): RequestPath {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return { ok: false };
  try {
    const url = new URL(raw, origin);
    return { ok: true, url, path: decodeURIComponent(url.pathname) };
  } catch {
    return { ok: false };
  }
}
