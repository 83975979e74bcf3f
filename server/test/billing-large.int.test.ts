import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/db';
import { LARGE_EMAIL, seedLarge } from '../src/billing/large';
import { allInvoices, signIn } from './billing-helpers';
import { cli, startTestServer, tempDir, type Schemas, type TestServer } from './helpers';

let s: TestServer;
let dataDir = '';
beforeAll(async () => {
  dataDir = tempDir('kc-large-');
  s = await startTestServer({ dataDir, now: Date.now });
});
afterAll(async () => {
  await s.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seed-large', () => {
  it('creates the large account with N invoices, and the list pages through all of them', async () => {
    const res = await cli(['seed-large', '--invoices', '1234', '--data', dataDir]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/large@kundencenter\.example \(K-199999\): 1234 /);

    const large = await signIn(s, LARGE_EMAIL);
    const { items, pages } = await allInvoices(large, 500);
    expect(pages).toBe(3);
    expect(items).toHaveLength(1234);
    expect(new Set(items.map((i) => i.id)).size).toBe(1234);
    expect(new Set(items.map((i) => i.number)).size).toBe(1234);
    const keys = items.map((i) => `${i.issueDate} ${i.number}`);
    expect(keys).toEqual([...keys].sort().reverse());
    const years = new Set(items.map((i) => i.issueDate.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect(items.slice(0, 3).every((i) => i.status === 'open')).toBe(true);
    expect(items.filter((i) => i.status === 'overdue')).toHaveLength(3);
    expect(items.filter((i) => i.status === 'cancelled').length).toBeGreaterThan(0);

    const statement = await large.call<Schemas['BillingStatement']>('GET', '/v1/billing/statement');
    expect(statement.body.balanceCents).toBe(items.reduce((sum, i) => sum + i.openCents, 0));

    const pdf = await large.fetch(`/v1/invoices/${items[items.length - 1]?.id}/pdf`);
    expect(pdf.status).toBe(200);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const res = await cli(['seed-large', '--invoices', '50', '--data', dataDir]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('1234');
    const db = openDb(dataDir);
    try {
      expect(await seedLarge(db, { invoices: 10 })).toMatchObject({
        created: false,
        invoices: 1234,
      });
    } finally {
      db.close();
    }
    const bad = await cli(['seed-large', '--invoices', 'many', '--data', dataDir]);
    expect(bad.code).toBe(2);
  });

  it('seeds ten thousand invoices quickly (function for benchmarks)', async () => {
    const dir = tempDir('kc-large-fn-');
    const db = openDb(dir);
    try {
      const started = performance.now();
      const result = await seedLarge(db, { invoices: 10_000 });
      const ms = performance.now() - started;
      expect(result).toMatchObject({ created: true, invoices: 10_000 });
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM invoices').get() as { n: number };
      expect(n).toBe(10_000);
      // one transaction and one password hash: seconds, not minutes
      expect(ms).toBeLessThan(20_000);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
