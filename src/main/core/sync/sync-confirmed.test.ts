// "Stand: …" must be the time the server last confirmed the data: a pass whose change log
// names nothing confirms every resource the log covers, without fetching them again.
import { describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import type { Clock } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import { SyncEngine } from './sync-engine';
import { defineCollection, type SyncResource } from './sync-resources';

const RESOURCES: SyncResource[] = [
  { kind: 'document', name: 'account', path: '/v1/account' },
  { kind: 'document', name: 'security', path: '/v1/security', unlogged: true },
  defineCollection<{ id: string }, { id: string }>({
    kind: 'collection',
    name: 'invoices',
    path: '/v1/invoices',
    pageSize: 10,
    itemPath: (id) => `/v1/invoices/${id}`,
    itemKey: (id) => `invoice:${id}`,
    idOf: (row) => row.id,
    summarize: (row) => row,
    compare: (a, b) => a.id.localeCompare(b.id),
  }),
];

function memoryCache(): EncryptedCache {
  const entries = new Map<string, unknown>();
  return {
    getJson: <T>(name: string) => Promise.resolve(structuredClone(entries.get(name)) as T),
    putJson: (name, value) => Promise.resolve(void entries.set(name, structuredClone(value))),
    getBlob: (name) => Promise.resolve(entries.get(name) as Buffer | undefined),
    putBlob: (name, data) => Promise.resolve(void entries.set(name, Buffer.from(data))),
    has: (name) => Promise.resolve(entries.has(name)),
    delete: (name) => Promise.resolve(void entries.delete(name)),
    destroy: () => Promise.resolve(entries.clear()),
  };
}

function setup() {
  let now = Date.UTC(2026, 11, 3, 9, 0);
  const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => 0 };
  const fetched: string[] = [];
  const ok = (data: unknown): ApiResponse<unknown> => ({ status: 200, data, notModified: false });
  const api = {
    request({ path }: RequestOptions): Promise<ApiResponse<unknown>> {
      if (path === '/v1/changes') {
        return Promise.resolve(ok({ cursor: 'c', changes: [], hasMore: false, reset: false }));
      }
      fetched.push(path);
      if (path === '/v1/invoices')
        return Promise.resolve(ok({ items: [{ id: 'a' }], nextCursor: null }));
      return Promise.resolve(ok(path.startsWith('/v1/invoices/') ? { id: 'a' } : { path }));
    },
  } as unknown as ApiClient;
  const statuses: (string | null | undefined)[] = [];
  const engine = new SyncEngine({
    api,
    cache: memoryCache(),
    clock,
    resources: RESOURCES,
    onStatus: (status) => statuses.push(status.confirmedAt),
    onData: () => undefined,
  });
  const later = (minutes: number) => {
    now += minutes * 60_000;
    return new Date(now).toISOString();
  };
  return { engine, fetched, later, statuses };
}

describe('sync engine: when the server last confirmed the data', () => {
  it('moves on with every completed pass, though nothing was fetched again', async () => {
    const { engine, fetched, later, statuses } = setup();
    await engine.start();
    await engine.syncNow();
    await engine.loadItem('invoices', 'a');
    const first = fetched.length;

    const at = later(30);
    await engine.syncNow();
    expect(fetched.length).toBe(first);
    expect(await engine.read('account')).toMatchObject({ syncedAt: at, followsSync: true });
    expect((await engine.read('invoices'))?.syncedAt).toBe(at);
    expect((await engine.readItem('invoices', 'a'))?.syncedAt).toBe(at);
    expect(engine.current.confirmedAt).toBe(at);
    expect(statuses).toContain(at);
  });

  it('keeps the fetch time of what the change log does not cover', async () => {
    const { engine, later } = setup();
    await engine.start();
    await engine.syncNow();
    const fetchedAt = new Date(Date.UTC(2026, 11, 3, 9, 0)).toISOString();
    later(30);
    await engine.syncNow();
    const security = await engine.read('security');
    expect(security?.syncedAt).toBe(fetchedAt);
    expect(security?.followsSync).toBeUndefined();
  });
});
