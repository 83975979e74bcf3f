/**
 * The app:// protocol: serves the built renderer, and only it, with our CSP on every answer.
 * Loading from a real origin (instead of file://) gives the renderer a proper same-origin
 * policy and keeps the rest of the disk out of its reach.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CSP } from './csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: makes app: a standard, secure origin like https. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when it names anything else: another
 * host, an undecodable path, a path that climbs out of the root (also when hidden as
 * %2f or %5c), or one with a NUL byte.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..')) return null;

  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return null;
  }
  return file;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function failure(status: number): Response {
  return new Response(null, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The handler for `protocol.handle('app', …)`, serving files below `rootDir` only. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405);
    const file = resolveAppPath(rootDir, request.url);
    if (file === null) return failure(404);
    try {
      if (!(await stat(file)).isFile()) return failure(404);
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: securityHeaders(type) });
    } catch {
      return failure(404);
    }
  };
}
