// The client's own logic (refresh, retries, headers) against a scripted loopback server:
// the protocol edge cases here are hard to provoke from the real sandbox on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, assertSafeApiUrl, type TokenSource } from './api-client';
import { ApiError } from './api-error';
import { defaultRetryPolicy } from './retry';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function problem(
  res: ServerResponse,
  status: number,
  code: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', ...headers });
  res.end(JSON.stringify({ type: 'about:blank', title: code, status, code }));
}

const fastPolicy = { ...defaultRetryPolicy, baseMs: 1, capMs: 5 };

/** Node's fetch, counting its calls: stands in for Electron's net.fetch (same contract). */
const fetchCalls: string[] = [];
const countingFetch: typeof fetch = (input, init) => {
  fetchCalls.push(input instanceof Request ? input.url : String(input));
  return fetch(input, init);
};

describe.each([
  { stack: "Node's fetch (web host)", fetchFn: undefined },
  { stack: 'a fetch, as net.fetch in the app', fetchFn: countingFetch },
])('ApiClient over $stack', ({ fetchFn }) => {
  const make = (...args: ConstructorParameters<typeof ApiClient>) =>
    new ApiClient(args[0], args[1], args[2], args[3], args[4], fetchFn);
  afterEach(() => {
    // every request went through the given fetch, or none did
    if (fetchFn) expect(fetchCalls.length).toBeGreaterThan(0);
    else expect(fetchCalls).toEqual([]);
    fetchCalls.length = 0;
  });

  it('decodes JSON, binary bodies and problem answers alike', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/pdf') {
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        return res.end(Buffer.from('%PDF-1.7 bytes'));
      }
      if (req.url === '/gone') return problem(res, 404, 'invoice_not_found');
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"e1"' });
      res.end(JSON.stringify({ echo: req.headers.authorization, method: req.method }));
    });
    const client = make(url, { accessToken: () => 't', refresh: () => Promise.resolve('t') });
    const json = await client.request<{ echo: string; method: string }>({
      method: 'PATCH',
      path: '/doc',
      body: { a: 1 },
    });
    expect(json.data).toEqual({ echo: 'Bearer t', method: 'PATCH' });
    expect(json.etag).toBe('"e1"');
    const pdf = await client.request<ArrayBuffer>({ path: '/pdf', responseType: 'arraybuffer' });
    expect(Buffer.from(pdf.data).toString()).toBe('%PDF-1.7 bytes');
    const error = await client.request({ path: '/gone' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'invoice_not_found' });
  });

  it('refreshes once for many concurrent 401s and replays each call with the new token', async () => {
    let refreshes = 0;
    const seen: string[] = [];
    const url = await serve((req, res) => {
      seen.push(req.headers.authorization ?? '');
      if (req.headers.authorization === 'Bearer new') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      } else problem(res, 401, 'token_expired');
    });
    let token = 'old';
    const tokens: TokenSource = {
      accessToken: () => token,
      refresh: async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 20));
        token = 'new';
        return token;
      },
    };
    const client = make(url, tokens, undefined, fastPolicy);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => client.request<{ ok: boolean }>({ path: '/x' })),
    );
    expect(results.every((r) => r.data.ok)).toBe(true);
    expect(refreshes).toBe(1);
    expect(seen.filter((h) => h === 'Bearer new')).toHaveLength(5);
  });

  it('gives up after one refresh when the server still says 401', async () => {
    let refreshes = 0;
    const url = await serve((_req, res) => problem(res, 401, 'token_expired'));
    const client = make(
      url,
      { accessToken: () => 't', refresh: () => Promise.resolve(String(++refreshes)) },
      undefined,
      fastPolicy,
    );
    await expect(client.request({ path: '/x' })).rejects.toMatchObject({
      status: 401,
      code: 'token_expired',
    });
    expect(refreshes).toBe(1);
  });

  it('retries a GET on 503 and honours Retry-After, but never retries a POST', async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      calls++;
      if (calls < 3) return problem(res, 503, 'unavailable', { 'Retry-After': '0' });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"n":1}');
    });
    const client = make(
      url,
      { accessToken: () => 't', refresh: () => Promise.resolve('t') },
      undefined,
      fastPolicy,
    );
    await expect(client.request({ path: '/x' })).resolves.toMatchObject({ data: { n: 1 } });
    expect(calls).toBe(3);
    calls = 0;
    await expect(client.request({ method: 'POST', path: '/x', body: {} })).rejects.toMatchObject({
      status: 503,
    });
    expect(calls).toBe(1);
  });

  it('sends an Idempotency-Key on writes (the given one when it is a resend), none on reads', async () => {
    const keys: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      keys.push(req.headers['idempotency-key'] as string | undefined);
      res.writeHead(204);
      res.end();
    });
    const client = make(url, {
      accessToken: () => 't',
      refresh: () => Promise.resolve('t'),
    });
    await client.request({ path: '/x' });
    await client.request({ method: 'POST', path: '/x', body: {} });
    await client.request({ method: 'POST', path: '/x', body: {}, idempotencyKey: 'same-key' });
    expect(keys[0]).toBeUndefined();
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[2]).toBe('same-key');
  });

  it('answers 304 as not modified for a conditional GET', async () => {
    const url = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { ETag: '"v1"', 'Content-Type': 'application/json' });
      res.end('{}');
    });
    const client = make(url, {
      accessToken: () => 't',
      refresh: () => Promise.resolve('t'),
    });
    const first = await client.request({ path: '/doc' });
    expect(first.etag).toBe('"v1"');
    const second = await client.request({ path: '/doc', ifNoneMatch: first.etag });
    expect(second.notModified).toBe(true);
  });

  it('sends the query without its empty members, bodies as JSON, and follows no redirect', async () => {
    const seen: { url?: string; type?: string; body: string }[] = [];
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ url: req.url, type: req.headers['content-type'], body });
        if (req.url === '/moved') {
          res.writeHead(302, { Location: '/elsewhere' });
          return res.end();
        }
        res.writeHead(204);
        res.end();
      });
    });
    const client = make(url, { accessToken: () => 't', refresh: () => Promise.resolve('t') });
    const listed = await client.request({
      path: '/v1/invoices',
      query: { cursor: 'c1.a b&c', limit: 50, status: undefined },
    });
    expect(listed).toMatchObject({ status: 204, data: undefined });
    await client.request({ method: 'POST', path: '/v1/x', body: { name: 'Müller' } });
    const moved = await client.request({ path: '/moved' });
    expect(moved.status).toBe(302);
    expect(seen.map((r) => r.url)).toEqual([
      '/v1/invoices?cursor=c1.a+b%26c&limit=50',
      '/v1/x',
      '/moved',
    ]);
    expect(seen[0]).toMatchObject({ type: undefined, body: '' });
    expect(seen[1]).toMatchObject({ type: 'application/json', body: '{"name":"Müller"}' });
  });

  it('gives up on a server that stalls in the middle of its answer', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"half":');
      // never ended: the client's timeout must end the wait (the server closes with the test)
    });
    const client = make(
      url,
      { accessToken: () => 't', refresh: () => Promise.resolve('t') },
      undefined,
      { ...fastPolicy, retries: 0 },
    );
    const error = await client.request({ path: '/x', timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).offline).toBe(true);
  });

  it('reports an unreachable server as offline after its retries', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => server!.close(resolve));
    server = null;
    const client = make(
      url,
      { accessToken: () => 't', refresh: () => Promise.resolve('t') },
      undefined,
      fastPolicy,
    );
    const error = await client.request({ path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).offline).toBe(true);
  });
});

describe('assertSafeApiUrl', () => {
  it('accepts https anywhere but plain http only on loopback', () => {
    expect(() => assertSafeApiUrl('https://api.cmo.example')).not.toThrow();
    expect(() => assertSafeApiUrl('http://127.0.0.1:4010')).not.toThrow();
    expect(() => assertSafeApiUrl('http://localhost:4010')).not.toThrow();
    expect(() => assertSafeApiUrl('http://api.cmo.example')).toThrow(/https/);
    expect(() => assertSafeApiUrl('http://127.0.0.1.evil.example')).toThrow();
    expect(() => assertSafeApiUrl('ftp://127.0.0.1')).toThrow();
  });
});
