import { describe, expect, it } from 'vitest';
import type { NetworkStack } from '../ports';
import { classifyNetworkError } from './classify';
import { proxyInUse, testConnection } from './connection-test';

/** What Electron's net.fetch throws: an Error whose message carries Chromium's net error. */
const chromium = (name: string) => new Error(`net::ERR_${name}`);
/** What Node's fetch throws: TypeError('fetch failed') with the socket's error as cause. */
const undici = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe('classifyNetworkError', () => {
  it.each([
    [chromium('NAME_NOT_RESOLVED'), 'dns'],
    [chromium('CONNECTION_REFUSED'), 'refused'],
    [chromium('TIMED_OUT'), 'timeout'],
    [chromium('INTERNET_DISCONNECTED'), 'offline'],
    [chromium('PROXY_CONNECTION_FAILED'), 'proxy'],
    [chromium('TUNNEL_CONNECTION_FAILED'), 'proxy'],
    [chromium('PAC_SCRIPT_FAILED'), 'proxy'],
    [chromium('CERT_AUTHORITY_INVALID'), 'tls'],
    [chromium('SSL_PROTOCOL_ERROR'), 'tls'],
    [chromium('BLOCKED_BY_CLIENT'), 'other'],
    [undici('ENOTFOUND'), 'dns'],
    [undici('ECONNREFUSED'), 'refused'],
    [undici('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
    [undici('ENETUNREACH'), 'offline'],
    [undici('CERT_HAS_EXPIRED'), 'tls'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'timeout'],
    ['not an error', 'other'],
  ])('%s → %s', (error, kind) => {
    expect(classifyNetworkError(error).kind).toBe(kind);
  });

  it('tells what is wrong with a certificate, from either stack', () => {
    expect(classifyNetworkError(chromium('CERT_DATE_INVALID'))).toMatchObject({
      problem: 'expired',
    });
    expect(classifyNetworkError(chromium('CERT_COMMON_NAME_INVALID'))).toMatchObject({
      problem: 'hostname',
    });
    expect(classifyNetworkError(undici('ERR_TLS_CERT_ALTNAME_INVALID'))).toMatchObject({
      problem: 'hostname',
    });
    expect(classifyNetworkError(undici('SELF_SIGNED_CERT_IN_CHAIN'))).toMatchObject({
      problem: 'untrusted',
      code: 'SELF_SIGNED_CERT_IN_CHAIN',
    });
  });
});

describe('the connection test behind a proxy (Electron’s stack)', () => {
  const behind = (thrown: Error, pac = 'PROXY proxy.firma.example:3128; DIRECT'): NetworkStack => ({
    kind: 'os',
    fetch: () => Promise.reject(thrown),
    resolveProxy: () => Promise.resolve(pac),
  });
  const apiUrl = 'https://api.kundencenter.example';

  it('reads the proxy from a PAC answer', () => {
    expect(proxyInUse('DIRECT')).toBeNull();
    expect(proxyInUse('PROXY proxy.firma.example:3128; DIRECT')).toBe('proxy.firma.example:3128');
    expect(proxyInUse('SOCKS5 127.0.0.1:1080')).toBe('127.0.0.1:1080');
    expect(proxyInUse(null)).toBeNull();
  });

  it('blames the proxy when it cannot be reached or refuses the tunnel', async () => {
    for (const error of [chromium('PROXY_CONNECTION_FAILED'), chromium('CONNECTION_REFUSED')]) {
      const report = await testConnection({ apiUrl, network: behind(error) });
      expect(report.proxy).toBe('PROXY proxy.firma.example:3128; DIRECT');
      expect(report.result).toEqual({
        ok: false,
        kind: 'proxy',
        proxy: 'proxy.firma.example:3128',
      });
    }
  });

  it('asks a proxy that wants a sign-in (407) for nothing more and names it', async () => {
    const network: NetworkStack = {
      kind: 'os',
      fetch: () => Promise.resolve(new Response(null, { status: 407 })),
      resolveProxy: () => Promise.resolve('PROXY proxy.firma.example:3128'),
    };
    const report = await testConnection({ apiUrl, network });
    expect(report.result).toEqual({ ok: false, kind: 'proxy', proxy: 'proxy.firma.example:3128' });
  });

  it('behind a proxy names a TLS failure without probing the server itself', async () => {
    let probed = false;
    const report = await testConnection({
      apiUrl,
      network: behind(chromium('CERT_AUTHORITY_INVALID')),
      issuerOf: () => {
        probed = true;
        return Promise.resolve('x');
      },
    });
    expect(report.result).toEqual({
      ok: false,
      kind: 'tls',
      host: 'api.kundencenter.example',
      problem: 'untrusted',
      issuer: null,
    });
    expect(probed).toBe(false);
  });

  it('without a proxy, Chromium’s own name error is the DNS failure', async () => {
    const report = await testConnection({
      apiUrl,
      network: behind(chromium('NAME_NOT_RESOLVED'), 'DIRECT'),
    });
    expect(report.result).toEqual({ ok: false, kind: 'dns', host: 'api.kundencenter.example' });
  });
});
