/**
 * Turns what a failed request threw into one of the failures the settings name. Two stacks
 * speak here: Node's fetch (undici: `TypeError('fetch failed')` with a `cause` carrying
 * `ENOTFOUND`, `ECONNREFUSED`, OpenSSL's `DEPTH_ZERO_SELF_SIGNED_CERT` …) and Electron's
 * net.fetch (`Error('net::ERR_NAME_NOT_RESOLVED')`, Chromium's net error names).
 */
import type { ConnectionFailure } from '../../../shared/desktop/types';

type TlsProblem = Extract<ConnectionFailure, { kind: 'tls' }>['problem'];
export type Classified =
  | { kind: 'dns' | 'refused' | 'timeout' | 'proxy' | 'offline'; code: string }
  | { kind: 'tls'; problem: TlsProblem; code: string }
  | { kind: 'other'; code: string };

const NODE_CODES: Record<string, Classified['kind']> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'refused',
  EHOSTUNREACH: 'refused',
  EHOSTDOWN: 'refused',
  ENETUNREACH: 'offline',
  ENETDOWN: 'offline',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
};

const NODE_TLS: Record<string, TlsProblem> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  CERT_UNTRUSTED: 'untrusted',
  CERT_REVOKED: 'untrusted',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'hostname',
  HOSTNAME_MISMATCH: 'hostname',
};

const CHROMIUM_CODES: Record<string, Classified['kind']> = {
  NAME_NOT_RESOLVED: 'dns',
  NAME_RESOLUTION_FAILED: 'dns',
  DNS_TIMED_OUT: 'dns',
  CONNECTION_REFUSED: 'refused',
  CONNECTION_RESET: 'refused',
  CONNECTION_CLOSED: 'refused',
  ADDRESS_UNREACHABLE: 'refused',
  CONNECTION_FAILED: 'refused',
  TIMED_OUT: 'timeout',
  CONNECTION_TIMED_OUT: 'timeout',
  INTERNET_DISCONNECTED: 'offline',
  NETWORK_CHANGED: 'offline',
  PROXY_CONNECTION_FAILED: 'proxy',
  TUNNEL_CONNECTION_FAILED: 'proxy',
  PROXY_AUTH_REQUESTED: 'proxy',
  PROXY_AUTH_UNSUPPORTED: 'proxy',
  PROXY_CERTIFICATE_INVALID: 'proxy',
  MANDATORY_PROXY_CONFIGURATION_FAILED: 'proxy',
  PAC_SCRIPT_FAILED: 'proxy',
  PAC_NOT_IN_DHCP: 'proxy',
};

const CHROMIUM_TLS: Record<string, TlsProblem> = {
  CERT_AUTHORITY_INVALID: 'untrusted',
  CERT_REVOKED: 'untrusted',
  CERT_INVALID: 'untrusted',
  CERT_DATE_INVALID: 'expired',
  CERT_COMMON_NAME_INVALID: 'hostname',
};

/** The error and its causes, outermost first (undici nests the socket's error in `cause`). */
function chain(error: unknown): { code?: unknown; message?: unknown; name?: unknown }[] {
  const links: { code?: unknown; message?: unknown; name?: unknown }[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && links.length < 5) {
    links.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return links;
}

export function classifyNetworkError(error: unknown): Classified {
  const links = chain(error);
  for (const link of [...links].reverse()) {
    const code = typeof link.code === 'string' ? link.code : '';
    if (code in NODE_TLS) return { kind: 'tls', problem: NODE_TLS[code]!, code };
    if (code in NODE_CODES) return { kind: NODE_CODES[code]!, code } as Classified;
    if (/^ERR_SSL_|^ERR_TLS_|^EPROTO$/.test(code)) return { kind: 'tls', problem: 'other', code };
    const chromium = /net::ERR_([A-Z_]+)/.exec(
      typeof link.message === 'string' ? link.message : '',
    );
    if (chromium) {
      const name = chromium[1]!;
      const full = `ERR_${name}`;
      if (name in CHROMIUM_TLS) return { kind: 'tls', problem: CHROMIUM_TLS[name]!, code: full };
      if (name in CHROMIUM_CODES) return { kind: CHROMIUM_CODES[name]!, code: full } as Classified;
      if (/^(CERT|SSL)_/.test(name)) return { kind: 'tls', problem: 'other', code: full };
      return { kind: 'other', code: full };
    }
    if (link.name === 'TimeoutError') return { kind: 'timeout', code: 'TimeoutError' };
  }
  const first = links[0];
  const name = typeof first?.name === 'string' ? first.name : 'unknown';
  const code = typeof first?.code === 'string' ? first.code : name;
  return { kind: 'other', code };
}
