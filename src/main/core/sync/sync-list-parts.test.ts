// A long cached list in parts: read back whole and in order, one change rewriting one part
// and the head, a lost or stale part read as no list, and the line between short and long
// crossed both ways.
import { describe, expect, it } from 'vitest';
import { createMemoryCache, type MemoryCache } from '../store/memory-cache';
import { listPartKey, patchCachedList, readList, touchList, writeList } from './sync-list-parts';
import { defineCollection } from './sync-resources';

interface Row {
  id: string;
  day: string;
}

const LIST = defineCollection<Row, Row>({
  kind: 'collection',
  name: 'rows',
  path: '/v1/rows',
  pageSize: 50,
  itemPath: (id) => `/v1/rows/${id}`,
  itemKey: (id) => `row:${id}`,
  idOf: (row) => row.id,
  summarize: (row) => row,
  // newest first, then by id
  compare: (a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.id < b.id ? -1 : 1),
  parts: { count: 4, from: 10 },
});

const row = (n: number): Row => ({
  id: `r${String(n).padStart(3, '0')}`,
  day: `2026-01-${String((n % 28) + 1).padStart(2, '0')}`,
});
const rows = (count: number) => Array.from({ length: count }, (_, n) => row(n)).sort(LIST.compare);

/** the entries written from here on */
function countingWrites(cache: MemoryCache): string[] {
  const written: string[] = [];
  const put = cache.putJson.bind(cache);
  cache.putJson = (name, value) => {
    written.push(name);
    return put(name, value);
  };
  return written;
}

/** the entries read from here on */
function countingReads(cache: MemoryCache): string[] {
  const read: string[] = [];
  const get = cache.getJson.bind(cache);
  cache.getJson = <T>(name: string) => {
    read.push(name);
    return get<T>(name);
  };
  return read;
}

describe('a cached list in parts', () => {
  it('reads a long list back whole and in its order; a short one stays one entry', async () => {
    const cache = createMemoryCache();
    const data = rows(40);
    await writeList(cache, LIST, { data, etag: '"v1"', syncedAt: 't1' });
    expect(cache.names()).toEqual(['rows', ...[0, 1, 2, 3].map((i) => listPartKey('rows', i))]);
    expect(await readList(cache, LIST)).toEqual({ data, etag: '"v1"', syncedAt: 't1' });

    const short = createMemoryCache();
    await writeList(short, LIST, { data: rows(5), syncedAt: 't1' });
    expect(short.names()).toEqual(['rows']);
    expect((await readList(short, LIST))?.data).toEqual(rows(5));
  });

  it('rewrites one part and the head for one changed item, dropping the ETag', async () => {
    const cache = createMemoryCache();
    await writeList(cache, LIST, { data: rows(40), etag: '"v1"', syncedAt: 't1' });
    const written = countingWrites(cache);
    const read = countingReads(cache);
    const moved = { ...row(7), day: '2026-02-01' };
    expect(await patchCachedList(cache, LIST, [moved], new Set(['r011']), 't2')).toBe(true);
    // the changed item and the removed one: at most two parts (read and written), and the head
    expect(written.at(-1)).toBe('rows');
    expect(written.length).toBeLessThanOrEqual(3);
    expect(read.length).toBeLessThanOrEqual(3);
    const expected = [moved, ...rows(40).filter((r) => r.id !== 'r007' && r.id !== 'r011')].sort(
      LIST.compare,
    );
    expect(await readList(cache, LIST)).toEqual({ data: expected, syncedAt: 't2' });
    // the same again changes nothing and writes nothing
    written.length = 0;
    expect(await patchCachedList(cache, LIST, [moved], new Set(), 't3')).toBe(false);
    expect(written).toEqual([]);
    // unchanged as of now: only the head gets the new time
    await touchList(cache, LIST, 't4');
    expect(written).toEqual(['rows']);
    expect((await readList(cache, LIST))?.syncedAt).toBe('t4');
  });

  it('reads a list with a lost part, or a part of another generation, as none', async () => {
    const cache = createMemoryCache();
    await writeList(cache, LIST, { data: rows(40), syncedAt: 't1' });
    const stale = await cache.getJson<{ items: Row[] }>(listPartKey('rows', 2));
    await writeList(cache, LIST, { data: rows(41), syncedAt: 't2' });
    // a part left from the write before (a crash between the parts and the head)
    await cache.putJson(listPartKey('rows', 2), stale);
    expect(await readList(cache, LIST)).toBeUndefined();
    // a patch reads only the parts it changes: one that falls in the stale part finds it
    const inStale = { ...stale!.items[0]!, day: '2026-03-01' };
    expect(await patchCachedList(cache, LIST, [inStale], new Set(), 't3')).toBeUndefined();

    await writeList(cache, LIST, { data: rows(40), syncedAt: 't4' });
    await cache.delete(listPartKey('rows', 1));
    expect(await readList(cache, LIST)).toBeUndefined();
  });

  it('keeps a list as a fresh write of it would: parts once long, one entry once short', async () => {
    const cache = createMemoryCache();
    await writeList(cache, LIST, { data: rows(9), syncedAt: 't1' });
    expect(await patchCachedList(cache, LIST, [row(9)], new Set(), 't2')).toBe(true);
    expect(cache.names()).toContain(listPartKey('rows', 0));
    expect((await readList(cache, LIST))?.data).toEqual(rows(10));

    expect(await patchCachedList(cache, LIST, [], new Set(['r004']), 't3')).toBe(true);
    expect(cache.names()).toEqual(['rows']);
    expect((await readList(cache, LIST))?.data).toEqual(rows(10).filter((r) => r.id !== 'r004'));
  });
});
