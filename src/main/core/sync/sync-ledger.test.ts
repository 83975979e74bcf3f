// The statement's bookings kept in parts: a booking added costs the bookings since the
// version held (?after=) and a rewrite of the last part, never of the whole; what readers get
// is always the whole document, equal to what the server holds.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiClient, RequestOptions } from '../api/api-client';
import { createMemoryCache } from '../store/memory-cache';
import { fetchLedger, partKey, PART_ITEMS, readLedger, isLedgerHead } from './sync-ledger';
import type { CachedDocument, DocumentResource } from './sync-resources';

const STATEMENT: DocumentResource = {
  kind: 'document',
  name: 'statement',
  path: '/v1/billing/statement',
  appendOnly: { items: 'bookings' },
};

interface Booking {
  id: string;
  amountCents: number;
}

/** The server's side of ?after=, as server/src/billing/statement-ledger.ts answers it. */
function ledgerServer(bookings: Booking[]) {
  const asked: RequestOptions[] = [];
  const hashOf = (n: number) =>
    createHash('sha256')
      .update(JSON.stringify(bookings.slice(0, n)))
      .digest('hex')
      .slice(0, 22);
  const whole = () => ({
    balanceCents: bookings.reduce((sum, b) => sum + b.amountCents, 0),
    bookings,
    ledger: `${bookings.length}.${hashOf(bookings.length)}`,
  });
  const api = {
    request: <T>(options: RequestOptions) => {
      asked.push(options);
      const doc = whole();
      const etag = `"${createHash('sha256').update(JSON.stringify(doc)).digest('hex')}"`;
      if (options.ifNoneMatch === etag) {
        return Promise.resolve({ status: 304, data: undefined as T, etag, notModified: true });
      }
      const after = options.query?.after;
      const [count, hash] = typeof after === 'string' ? after.split('.') : [];
      const n = Number(count);
      const tail =
        Number.isInteger(n) && n <= bookings.length && hash === hashOf(n)
          ? { ...doc, bookings: bookings.slice(n), appendedAfter: n }
          : doc;
      return Promise.resolve({
        status: 200,
        data: structuredClone(tail) as T,
        etag,
        notModified: false,
      });
    },
  } as unknown as ApiClient;
  return { api, asked, whole };
}

const bookingsOf = (n: number, from = 0): Booking[] =>
  Array.from({ length: n }, (_, i) => ({ id: `b${from + i}`, amountCents: 100 + i }));

function setup(initial: number) {
  const bookings = bookingsOf(initial);
  const server = ledgerServer(bookings);
  const cache = createMemoryCache();
  const writes: string[] = [];
  const putJson = cache.putJson.bind(cache);
  cache.putJson = (name, value) => {
    writes.push(name);
    return putJson(name, value);
  };
  const deps = { api: server.api, cache, now: () => '2026-12-03T10:00:00.000Z' };
  const read = async () => {
    const head = await cache.getJson<CachedDocument>(STATEMENT.name);
    if (!isLedgerHead(head)) throw new Error('no ledger head');
    return (await readLedger(cache, STATEMENT, head))?.data;
  };
  return { bookings, server, cache, writes, deps, read };
}

describe('a ledger document in the cache', () => {
  it('is fetched whole once, in parts, and read back whole', async () => {
    const { server, cache, deps, read } = setup(2 * PART_ITEMS + 500);
    expect(await fetchLedger(deps, STATEMENT)).toBe(true);
    expect(server.asked[0]?.query?.after).toBeUndefined();
    expect(cache.names()).toEqual(
      [
        'statement',
        partKey('statement', 0),
        partKey('statement', 1),
        partKey('statement', 2),
      ].sort(),
    );
    expect(await read()).toEqual(server.whole());
  });

  it('asks for the bookings after the version held and rewrites only the last part and the head', async () => {
    const { bookings, server, deps, writes, read } = setup(2 * PART_ITEMS + 500);
    await fetchLedger(deps, STATEMENT);
    const held = server.whole().ledger;
    writes.length = 0;
    bookings.push(...bookingsOf(3, 5000));
    expect(await fetchLedger(deps, STATEMENT)).toBe(true);
    expect(server.asked[1]?.query).toEqual({ after: held });
    expect(writes).toEqual([partKey('statement', 2), 'statement']);
    expect(await read()).toEqual(server.whole());
  });

  it('starts a new part when the last one is full', async () => {
    const { bookings, server, cache, deps, read } = setup(PART_ITEMS - 1);
    await fetchLedger(deps, STATEMENT);
    bookings.push(...bookingsOf(3, 5000));
    await fetchLedger(deps, STATEMENT);
    expect(await cache.getJson<unknown[]>(partKey('statement', 0))).toHaveLength(PART_ITEMS);
    expect(await cache.getJson<unknown[]>(partKey('statement', 1))).toHaveLength(2);
    expect(await read()).toEqual(server.whole());
  });

  it('takes the whole statement when a booking it held changed, and drops parts no longer needed', async () => {
    const { bookings, server, cache, deps, read } = setup(2 * PART_ITEMS + 500);
    await fetchLedger(deps, STATEMENT);
    bookings.splice(10, bookings.length - 10, { id: 'b10', amountCents: -5 });
    expect(await fetchLedger(deps, STATEMENT)).toBe(true);
    expect(cache.names()).toEqual(['statement', partKey('statement', 0)].sort());
    expect(await read()).toEqual(server.whole());
  });

  it('answers unchanged on a 304 and keeps every part', async () => {
    const { server, cache, deps, read } = setup(1500);
    await fetchLedger(deps, STATEMENT);
    expect(await fetchLedger(deps, STATEMENT)).toBe(false);
    expect(cache.names()).toHaveLength(3);
    expect(await read()).toEqual(server.whole());
  });

  it('asks for the whole again when a part was lost', async () => {
    const { bookings, server, cache, deps, read } = setup(1500);
    await fetchLedger(deps, STATEMENT);
    await cache.delete(partKey('statement', 1));
    bookings.push(...bookingsOf(1, 5000));
    await fetchLedger(deps, STATEMENT);
    expect(server.asked[1]?.query).toBeUndefined();
    expect(await read()).toEqual(server.whole());
  });
});
