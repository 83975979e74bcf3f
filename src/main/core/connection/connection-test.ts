/**
 * "Verbindung testen": one request to the API's health endpoint through the app's own network
 * stack, and when it fails, what failed in words a person (or their IT) can act on: the name
 * does not resolve, nothing answers, the proxy fails, the certificate is not trusted (and who
 * issued it), or the HTTP status that came back.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import type { ConnectionReport, NetworkInfo } from '../../../shared/desktop/types';
import type { Logger } from '../app-core-types';
import type { NetworkStack } from '../ports';
import { classifyNetworkError } from './classify';

/** Node's stack, for hosts that give none (web host, tests). */
export const nodeNetwork: NetworkStack = { kind: 'node', fetch: (...args) => fetch(...args) };

export interface ConnectionTestOptions {
  apiUrl: string;
  network?: NetworkStack;
  /**
   * Resolves a host name before the request, so a name that does not exist is told apart from
   * a server that does not answer. Node's stack only (Chromium says NAME_NOT_RESOLVED itself);
   * tests pass a resolver pointed at their own DNS server.
   */
  lookup?: (host: string) => Promise<unknown>;
  /** the issuer of the certificate the server presents (read without trusting it) */
  issuerOf?: (host: string, port: number) => Promise<string | null>;
  timeoutMs?: number;
  log?: Logger;
}

/** The stack, the proxy it uses for the API and the API's host. */
export async function networkInfo(options: ConnectionTestOptions): Promise<NetworkInfo> {
  const network = options.network ?? nodeNetwork;
  const url = new URL(options.apiUrl);
  let proxy: string | null = null;
  if (network.resolveProxy) {
    try {
      proxy = (await network.resolveProxy(url.href)).trim() || 'DIRECT';
    } catch (error) {
      options.log?.warn('network: the proxy could not be resolved', { reason: String(error) });
    }
  }
  return { stack: network.kind, proxy, host: url.host };
}

/** The first proxy of a PAC answer ('PROXY p:3128; DIRECT' → 'p:3128'); null for DIRECT. */
export function proxyInUse(pac: string | null): string | null {
  const first = pac?.split(';')[0]?.trim() ?? '';
  const match = /^(?:PROXY|HTTPS|SOCKS5?|SOCKS4)\s+(\S+)$/i.exec(first);
  return match ? match[1]! : null;
}

export async function testConnection(options: ConnectionTestOptions): Promise<ConnectionReport> {
  const network = options.network ?? nodeNetwork;
  const info = await networkInfo(options);
  const url = new URL(options.apiUrl);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const proxy = proxyInUse(info.proxy);
  const fail = (result: ConnectionReport['result']): ConnectionReport => {
    options.log?.info('network: connection test failed', { result });
    return { ...info, result };
  };

  // without a proxy the name is ours to resolve; behind one, the proxy resolves it
  const lookup = options.lookup ?? (network.kind === 'node' ? dnsLookup : undefined);
  if (!proxy && lookup && isIP(hostname) === 0) {
    try {
      await lookup(hostname);
    } catch (error) {
      const found = classifyNetworkError(error);
      if (found.kind === 'dns') return fail({ ok: false, kind: 'dns', host: hostname });
    }
  }

  let status: number;
  try {
    const response = await network.fetch(new URL('/v1/health', url).href, {
      headers: { Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    status = response.status;
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    const found = classifyNetworkError(error);
    switch (found.kind) {
      case 'tls': {
        // behind a proxy our own probe would meet the proxy, not the server
        const issuer = proxy ? null : await (options.issuerOf ?? peerIssuer)(hostname, port);
        return fail({ ok: false, kind: 'tls', host: hostname, problem: found.problem, issuer });
      }
      case 'proxy':
        return fail({ ok: false, kind: 'proxy', proxy: proxy ?? info.proxy ?? '' });
      case 'dns':
      case 'refused':
      case 'timeout':
        // a proxy that cannot be reached is the proxy's failure, not the server's
        if (proxy && found.kind !== 'dns') return fail({ ok: false, kind: 'proxy', proxy });
        return fail({ ok: false, kind: found.kind, host: hostname });
      case 'offline':
        return fail({ ok: false, kind: 'offline' });
      default:
        return fail({ ok: false, kind: 'other', code: found.code });
    }
  }
  // 407: the proxy wants a sign-in the app cannot give it
  if (status === 407 && proxy) return fail({ ok: false, kind: 'proxy', proxy });
  if (status < 200 || status > 299) return fail({ ok: false, kind: 'http', status });
  return { ...info, result: { ok: true, status } };
}

/**
 * Who issued the certificate the server presents: read over a TLS handshake that accepts
 * anything, because it only reads (nothing is sent). "CN (O)" as the certificate says.
 */
export function peerIssuer(host: string, port: number, timeoutMs = 5000): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      // Reviewed: never used to send anything; the certificate is only read to be named
      rejectUnauthorized: false,
    });
    const done = (issuer: string | null) => {
      socket.destroy();
      resolve(issuer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('secureConnect', () => {
      const issuer = socket.getPeerCertificate().issuer as Record<string, string> | undefined;
      const name = issuer?.['CN'] ?? null;
      const org = issuer?.['O'] ?? null;
      done(name && org && org !== name ? `${name} (${org})` : (name ?? org));
    });
  });
}
