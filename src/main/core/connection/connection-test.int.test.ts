// The connection test through Node's stack (the web host's) against real failures on
// loopback: a closed port, a TLS server with a self-signed certificate made here, a host name
// our own DNS server (also on loopback) does not know, and HTTP answers that are no success.
import { execFileSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from './connection-test';

const servers: Server[] = [];
let dnsServer: Socket | null = null;
let certDir = '';

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A DNS server on loopback that knows no name: every query is answered NXDOMAIN. */
async function nxdomainServer(): Promise<number> {
  dnsServer = createSocket('udp4');
  dnsServer.on('message', (query, peer) => {
    const answer = Buffer.from(query);
    // QR=1, opcode and RD copied, RA=1, RCODE=3 (name error); no answer records
    answer[2] = 0x80 | (query[2]! & 0x79);
    answer[3] = 0x83;
    answer.writeUInt16BE(0, 6);
    answer.writeUInt16BE(0, 8);
    answer.writeUInt16BE(0, 10);
    dnsServer!.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => dnsServer!.bind(0, '127.0.0.1', resolve));
  return dnsServer.address().port;
}

beforeAll(() => {
  certDir = mkdtempSync(join(tmpdir(), 'kc-tls-'));
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-days', '1', '-subj', '/CN=Kundencenter Test CA/O=Testfirma GmbH'],
      ...['-addext', 'subjectAltName=IP:127.0.0.1'],
      ...['-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  dnsServer?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('the connection test through Node’s stack', () => {
  it('succeeds against a healthy API, naming no proxy for Node’s stack', async () => {
    const port = await listen(
      createHttp((req, res) => {
        res.writeHead(req.url === '/v1/health' ? 200 : 404, { 'Content-Type': 'application/json' });
        res.end('{"status":"ok"}');
      }),
    );
    const report = await testConnection({ apiUrl: `http://127.0.0.1:${port}` });
    expect(report).toEqual({
      stack: 'node',
      proxy: null,
      host: `127.0.0.1:${port}`,
      result: { ok: true, status: 200 },
    });
  });

  it('names the HTTP status of an answer that is no success', async () => {
    const port = await listen(
      createHttp((_req, res) => {
        res.writeHead(503, { 'Retry-After': '30' });
        res.end();
      }),
    );
    const report = await testConnection({ apiUrl: `http://127.0.0.1:${port}` });
    expect(report.result).toEqual({ ok: false, kind: 'http', status: 503 });
  });

  it('tells a closed port from everything else', async () => {
    const server = createHttp();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    servers.splice(servers.indexOf(server), 1);
    const report = await testConnection({ apiUrl: `http://127.0.0.1:${port}` });
    expect(report.result).toEqual({ ok: false, kind: 'refused', host: '127.0.0.1' });
  });

  it('names an untrusted certificate and who issued it', async () => {
    const port = await listen(
      createHttps(
        {
          key: readFileSync(join(certDir, 'key.pem')),
          cert: readFileSync(join(certDir, 'cert.pem')),
        },
        (_req, res) => {
          res.writeHead(200);
          res.end('{}');
        },
      ),
    );
    const report = await testConnection({ apiUrl: `https://127.0.0.1:${port}` });
    expect(report.result).toEqual({
      ok: false,
      kind: 'tls',
      host: '127.0.0.1',
      problem: 'untrusted',
      issuer: 'Kundencenter Test CA (Testfirma GmbH)',
    });
  });

  it('says the name does not resolve, asking a DNS server that does not know it', async () => {
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${await nxdomainServer()}`]);
    const report = await testConnection({
      apiUrl: 'https://api.unbekannt.kundencenter.example',
      lookup: (host) => resolver.resolve4(host),
    });
    expect(report.result).toEqual({
      ok: false,
      kind: 'dns',
      host: 'api.unbekannt.kundencenter.example',
    });
  });
});
