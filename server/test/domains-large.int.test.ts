/**
 * The large account's domains (`seed-large`): 2,000 domains with 40,000 records, paged
 * through both lists the way the client syncs them, every zone passing the DNS rules, and the
 * first page answering 304 while nothing changed (the ETag does not depend on the rows).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateZone } from '../../src/shared/domains/dns-rules';
import type { DnsRecord } from '../../src/shared/domains/types';
import { LARGE_EMAIL } from '../src/billing/large';
import { openDb } from '../src/db';
import { seedLargeDomains } from '../src/domains/large';
import { bearer, cli, startTestServer, tempDir, type Schemas, type TestServer } from './helpers';
import { accessToken } from './team-helpers';

type Page<T> = { items: T[]; nextCursor: string | null };

let s: TestServer;
let dataDir = '';
let token = '';

async function all<T>(route: string): Promise<{ items: T[]; pages: number; etag: string }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let etag = '';
  do {
    const sep = route.includes('?') ? '&' : '?';
    const url: string = cursor ? `${route}${sep}cursor=${cursor}` : route;
    const res = await s.call<Page<T>>('GET', url, undefined, bearer(token));
    expect(res.status).toBe(200);
    if (pages === 0) etag = res.headers.get('etag') ?? '';
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages, etag };
}

beforeAll(async () => {
  dataDir = tempDir('kc-large-domains-');
  s = await startTestServer({ dataDir, now: Date.now });
  const res = await cli(['seed-large', '--invoices', '1', '--data', dataDir]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  expect(res.stdout).toContain('2000 Domains, 40000 DNS-Einträge / records');
  token = await accessToken(s, LARGE_EMAIL);
}, 120_000);
afterAll(async () => {
  await s.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seed-large domains', () => {
  it('pages 2,000 domains in four requests, sorted, then 304 on the first page', async () => {
    const { items, pages, etag } = await all<Schemas['DomainSummary']>('/v1/domains?limit=500');
    expect(pages).toBe(4);
    expect(items).toHaveLength(2000);
    const names = items.map((d) => d.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(items.map((d) => d.tld))).toEqual(new Set(['de', 'com', 'eu', 'net', 'org']));
    expect(items.reduce((sum, d) => sum + d.recordCount, 0)).toBe(40_000);
    expect(items.some((d) => !d.autoRenew)).toBe(true);
    const again = await s.call('GET', '/v1/domains?limit=500', undefined, {
      ...bearer(token),
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('pages every zone with its 40,000 records, each passing the DNS rules', async () => {
    const { items, pages, etag } = await all<Schemas['DnsZone']>('/v1/dns-zones?limit=500');
    expect(pages).toBe(4);
    expect(items).toHaveLength(1980);
    expect(items.reduce((sum, z) => sum + z.records.length, 0)).toBe(40_000);
    for (const z of items) {
      expect(validateZone(z.domain, z.records as DnsRecord[]), z.domain).toEqual([]);
    }
    const again = await s.call('GET', '/v1/dns-zones?limit=500', undefined, {
      ...bearer(token),
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('is idempotent: a second run adds nothing', () => {
    const db = openDb(dataDir);
    try {
      expect(seedLargeDomains(db)).toEqual({ created: false, domains: 2000, records: 40_000 });
    } finally {
      db.close();
    }
  });
});
