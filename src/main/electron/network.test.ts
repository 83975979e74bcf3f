import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Net, Session } from 'electron';
import { ApiClient } from '../core/api/api-client';
import { EventStream } from '../core/events/event-stream';
import { systemClock } from '../core/ports';
import { createElectronNetwork } from './network';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** Electron's net.fetch, played by Node's fetch (same contract), recording what it is given. */
function fakeNet() {
  const fetchFn = vi.fn((input: string | Request, init?: RequestInit) => fetch(input, init));
  return { net: { fetch: fetchFn } as unknown as Pick<Net, 'fetch'>, fetchFn };
}

describe('the Electron network stack', () => {
  it("carries the API client's requests and the event stream through net.fetch", async () => {
    server = createServer((req, res) => {
      if (req.url === '/v1/events') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        res.write('event: change\nid: 7\ndata: {"resource":"tickets","id":"t1"}\n\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({ auth: req.headers.authorization, key: req.headers['idempotency-key'] }),
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { net, fetchFn } = fakeNet();
    const network = createElectronNetwork(net, {} as Session);
    expect(network.kind).toBe('os');

    const tokens = { accessToken: () => 'tok', refresh: () => Promise.resolve('tok') };
    const api = new ApiClient(url, tokens, undefined, undefined, undefined, network.fetch);
    const answer = await api.request<{ auth: string; key: string }>({
      method: 'POST',
      path: '/v1/tickets',
      body: {},
      idempotencyKey: 'k-1',
    });
    expect(answer.data).toEqual({ auth: 'Bearer tok', key: 'k-1' });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const sent = fetchFn.mock.calls[0]![0];
    expect(sent instanceof Request ? sent.url : sent).toBe(`${url}/v1/tickets`);

    const changes: string[] = [];
    const stream = new EventStream({
      apiUrl: url,
      token: () => Promise.resolve('tok'),
      onUnauthorized: () => Promise.resolve(),
      onChange: (change) => changes.push(change.resource),
      onResync: () => undefined,
      clock: systemClock,
      fetch: network.fetch,
    });
    stream.start();
    await vi.waitFor(() => expect(changes).toEqual(['tickets']));
    stream.stop();
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(fetchFn.mock.calls[1]![0]).toBe(`${url}/v1/events`);
  });

  it('names the proxy Chromium uses for a URL (session.resolveProxy: system settings, PAC)', async () => {
    const resolveProxy = vi.fn((_url: string) => Promise.resolve('PROXY proxy.firma.example:3128'));
    const network = createElectronNetwork(fakeNet().net, { resolveProxy } as unknown as Session);
    await expect(network.resolveProxy?.('https://api.example/v1/health')).resolves.toBe(
      'PROXY proxy.firma.example:3128',
    );
    expect(resolveProxy).toHaveBeenCalledWith('https://api.example/v1/health');
  });
});
