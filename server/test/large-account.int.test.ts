/**
 * The whole large account (`seed-large`): besides invoices and domains (their own tests),
 * 300 contracts with logins, 1,000 tickets with 10,000 messages (some with a screenshot),
 * 200 contacts and 30 users, as the client pages them; a second seed adds nothing.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_EMAIL } from '../src/billing/large';
import { openDb } from '../src/db';
import { bearer, cli, startTestServer, tempDir, type TestServer } from './helpers';
import { accessToken } from './team-helpers';

type Page<T> = { items: T[]; nextCursor: string | null };

let s: TestServer;
let dataDir = '';
let token = '';

async function all<T>(route: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const url: string = cursor ? `${route}&cursor=${cursor}` : route;
    const res = await s.call<Page<T>>('GET', url, undefined, bearer(token));
    expect(res.status, url).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  dataDir = tempDir('kc-large-account-');
  s = await startTestServer({ dataDir, now: Date.now });
  const res = await cli(['seed-large', '--invoices', '1', '--data', dataDir]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  expect(res.stdout).toContain(
    '300 Verträge / contracts, 1000 Tickets (10000 Nachrichten / messages), 200 Kontakte / contacts, 30 Nutzer / users',
  );
  token = await accessToken(s, LARGE_EMAIL);
}, 120_000);
afterAll(async () => {
  await s.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seed-large: the rest of the account', () => {
  it('lists 300 contracts, each with its logins', async () => {
    const contracts = await all<{ id: string }>('/v1/contracts?limit=100');
    expect(contracts).toHaveLength(300);
    // reading a login needs a fresh sign-in step; the rows are checked where they lie
    const db = openDb(dataDir);
    try {
      const rows = db
        .prepare(
          `SELECT COUNT(DISTINCT contract_id) AS contracts, MIN(LENGTH(password)) AS shortest
           FROM contract_credentials WHERE contract_id LIKE 'V-199999-%'`,
        )
        .get() as { contracts: number; shortest: number };
      expect(rows).toEqual({ contracts: 300, shortest: 20 });
    } finally {
      db.close();
    }
  });

  it('lists 1,000 tickets; a ticket holds 10 messages, the first with a screenshot', async () => {
    const tickets = await all<{ id: string }>('/v1/tickets?limit=100');
    expect(tickets).toHaveLength(1000);
    const detail = await s.call<{ messages: { attachments?: unknown[] }[] }>(
      'GET',
      '/v1/tickets/tkt_large_1',
      undefined,
      bearer(token),
    );
    expect(detail.status).toBe(200);
    expect(detail.body.messages).toHaveLength(10);
    expect(detail.body.messages[0]?.attachments).toHaveLength(1);
  });

  it('lists 200 contacts and a team of 30', async () => {
    expect(await all('/v1/contacts?limit=100')).toHaveLength(200);
    const team = await s.call<{ users: unknown[] }>('GET', '/v1/users', undefined, bearer(token));
    expect(team.status).toBe(200);
    expect(team.body.users).toHaveLength(30);
  });

  it('adds nothing when seeded again', async () => {
    const res = await cli(['seed-large', '--data', dataDir]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('30 Nutzer / users (schon da / already there)');
  });
});
