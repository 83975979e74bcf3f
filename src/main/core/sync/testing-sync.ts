/**
 * What the sync engine's tests share (sync-engine.test.ts): two resources, an in-memory cache
 * that lists its names, a clock that never fires, a scripted server, and the engine over them.
 */
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Clock } from '../ports';
import { SyncEngine } from './sync-engine';
import { defineCollection, type SyncResource } from './sync-resources';
import { createMemoryCache } from '../store/memory-cache';
import { answerBatch } from './testing-batch';

export interface Row {
  id: string;
  n: number;
}

export const RESOURCES: SyncResource[] = [
  { kind: 'document', name: 'account', path: '/v1/account' },
  { kind: 'document', name: 'statement', path: '/v1/billing/statement' },
  defineCollection<Row, Row>({
    kind: 'collection',
    name: 'invoices',
    path: '/v1/invoices',
    pageSize: 10,
    itemPath: (id) => `/v1/invoices/${id}`,
    itemKey: (id) => `invoice:${id}`,
    idOf: (row) => row.id,
    summarize: (row) => row,
    compare: (a, b) => a.id.localeCompare(b.id),
    itemExtras: (id) => [`pdf:${id}`],
  }),
];

/** the cache's contract in memory (store/memory-cache.ts), shared by the core's tests */
export const memoryCache = createMemoryCache;

/** Timers are kept, never fired: each test runs its passes by hand (syncNow). */
export const clock: Clock = {
  now: () => Date.UTC(2026, 0, 1),
  setTimeout: () => 0,
  clearTimeout: () => 0,
};

/** A server whose rights the test changes: a path it refuses answers 403 forbidden. */
export function scriptedServer() {
  const refused = new Set<string>();
  const requests: string[] = [];
  let invoices: Row[] = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
  ];
  const changes: { resource: string; id: string; op: string }[] = [];
  const ok = <T>(data: T): ApiResponse<T> => ({ status: 200, data, notModified: false });
  // what went over the wire: a batch is one request, what it asked for is answered inside
  const api = {
    request(options: RequestOptions): Promise<ApiResponse<unknown>> {
      requests.push(options.path);
      return options.path === '/v1/batch' ? answerBatch(options, answer) : answer(options);
    },
  } as unknown as ApiClient;
  function answer(options: RequestOptions): Promise<ApiResponse<unknown>> {
    const path = options.path;
    if (path === '/v1/changes') {
      const page = { cursor: String(changes.length), changes: [...changes], hasMore: false };
      changes.length = 0;
      return Promise.resolve(ok({ ...page, reset: false }));
    }
    const area = path.startsWith('/v1/invoices') ? 'invoices' : path;
    if (refused.has(area)) {
      return Promise.reject(
        new ApiError(403, 'forbidden', undefined, undefined, { right: 'invoices' }),
      );
    }
    // the documents carry an ETag, and answer 304 while it holds
    const tagged = (data: unknown): Promise<ApiResponse<unknown>> => {
      const etag = `"${JSON.stringify(data)}"`;
      return Promise.resolve(
        options.ifNoneMatch === etag
          ? { status: 304, data: undefined, etag, notModified: true }
          : { status: 200, data, etag, notModified: false },
      );
    };
    if (path === '/v1/account') return tagged({ customerNumber: 'K-1' });
    if (path === '/v1/billing/statement') return tagged({ balance: 0 });
    if (path === '/v1/invoices') return Promise.resolve(ok({ items: invoices, nextCursor: null }));
    const id = path.split('/').pop()!;
    const row = invoices.find((r) => r.id === id);
    if (!row) return Promise.reject(new ApiError(404, 'not_found'));
    return Promise.resolve(ok(row));
  }
  return {
    api,
    refused,
    requests,
    setInvoices(rows: Row[]) {
      invoices = rows;
    },
    log(resource: string, id: string, op: 'upsert' | 'delete' = 'upsert') {
      changes.push({ resource, id, op });
    },
  };
}

export function setup(resources: SyncResource[] = RESOURCES) {
  const server = scriptedServer();
  const cache = memoryCache();
  const data: string[] = [];
  const errors: unknown[] = [];
  const engine = new SyncEngine({
    api: server.api,
    cache,
    clock,
    resources,
    onStatus: () => undefined,
    onData: (name) => data.push(name),
    onError: (error) => errors.push(error),
  });
  return { server, cache, engine, data, errors };
}
