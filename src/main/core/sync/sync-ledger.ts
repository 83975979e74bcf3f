/**
 * Documents that grow at their end (the statement's bookings, `DocumentResource.appendOnly`).
 * The server is asked only for the items added since the version held (`?after=<ledger>`),
 * and the cache keeps the items in parts of at most PART_ITEMS, so an addition rewrites the
 * last part and the head, not megabytes. The head, under the document's own name, is the
 * document without its items plus how many parts and items there are; readers get the whole
 * document assembled (readLedger).
 */
import type { Ask, Reader } from './prefetch';
import type { EncryptedCache } from '../store/encrypted-cache';
import { sameJson } from './collection';
import type { CachedDocument, DocumentResource } from './sync-resources';

export const PART_ITEMS = 1000;

/** The cached head of a ledger document: everything but the items, which are in parts. */
export interface LedgerHead extends CachedDocument<Record<string, unknown>> {
  parts: number;
  count: number;
}

export const partKey = (name: string, index: number) => `${name}#${index}`;

export function isLedgerHead(doc: CachedDocument | undefined): doc is LedgerHead {
  return doc !== undefined && typeof (doc as Partial<LedgerHead>).parts === 'number';
}

/** The whole document a head names, its parts read and joined; undefined if one is lost. */
export async function readLedger(
  cache: EncryptedCache,
  resource: DocumentResource,
  head: LedgerHead,
): Promise<CachedDocument | undefined> {
  const items: unknown[] = [];
  for (let i = 0; i < head.parts; i++) {
    const part = await cache.getJson<unknown[]>(partKey(resource.name, i));
    if (!part) return undefined;
    items.push(...part);
  }
  if (items.length !== head.count) return undefined;
  const { parts: _parts, count: _count, ...doc } = head;
  return { ...doc, data: { ...head.data, [itemsOf(resource)]: items } };
}

/** Drops a ledger document's parts (its head is the caller's). */
export async function dropLedgerParts(cache: EncryptedCache, name: string): Promise<void> {
  const head = await cache.getJson<CachedDocument>(name);
  if (!isLedgerHead(head)) return;
  for (let i = 0; i < head.parts; i++) await cache.delete(partKey(name, i));
}

function itemsOf(resource: DocumentResource): string {
  if (!resource.appendOnly) throw new Error(`not append-only: ${resource.name}`);
  return resource.appendOnly.items;
}

/** What fetchLedger asks the server, given what is stored: the tail after the held version. */
function askOf(resource: DocumentResource, stored: CachedDocument | undefined): Ask {
  const ledger = isLedgerHead(stored) ? stored.data.ledger : undefined;
  return {
    path: resource.path,
    ifNoneMatch: stored?.etag,
    query: typeof ledger === 'string' ? { after: ledger } : undefined,
  };
}

/** The same read, for the pass's batch (prefetch.ts). */
export async function ledgerAsk(cache: EncryptedCache, resource: DocumentResource): Promise<Ask> {
  return askOf(resource, await cache.getJson<CachedDocument>(resource.name));
}

/**
 * One fetch of a ledger document: 304, only what was added (appended to the last part), or
 * the whole (written part by part). True when the document changed.
 */
export async function fetchLedger(
  deps: { api: Reader; cache: EncryptedCache; now(): string },
  resource: DocumentResource,
): Promise<boolean> {
  const { api, cache } = deps;
  const key = itemsOf(resource);
  let stored = await cache.getJson<CachedDocument>(resource.name);
  if (isLedgerHead(stored) && stored.parts > 0) {
    // a part lost (a file dropped as corrupt): the whole is asked for again
    if (!(await cache.has(partKey(resource.name, stored.parts - 1)))) {
      await dropLedgerParts(cache, resource.name);
      await cache.delete(resource.name);
      stored = undefined;
    }
  }
  const head = isLedgerHead(stored) ? stored : undefined;
  const response = await api.request<Record<string, unknown>>(askOf(resource, stored));
  const syncedAt = deps.now();
  if (response.notModified && stored) {
    await cache.putJson(resource.name, { ...stored, syncedAt });
    return false;
  }
  const { [key]: items, appendedAfter, ...rest } = response.data;
  if (!Array.isArray(items)) throw new Error(`${resource.name}: no ${key} in the answer`);
  if (head && appendedAfter === head.count) {
    const parts = await appendItems(cache, resource.name, head, items);
    await cache.putJson(resource.name, {
      data: rest,
      etag: response.etag,
      syncedAt,
      parts,
      count: head.count + items.length,
    } satisfies LedgerHead);
    return items.length > 0 || !sameJson(head.data, rest);
  }
  if (appendedAfter !== undefined) {
    // an answer to a version this cache no longer holds: never patched into the wrong one
    throw new Error(
      `${resource.name}: appended after ${JSON.stringify(appendedAfter)}, held ${head?.count ?? 'none'}`,
    );
  }
  const parts = Math.ceil(items.length / PART_ITEMS);
  for (let i = 0; i < parts; i++) {
    await cache.putJson(
      partKey(resource.name, i),
      items.slice(i * PART_ITEMS, (i + 1) * PART_ITEMS),
    );
  }
  for (let i = parts; i < (head?.parts ?? 0); i++) await cache.delete(partKey(resource.name, i));
  await cache.putJson(resource.name, {
    data: rest,
    etag: response.etag,
    syncedAt,
    parts,
    count: items.length,
  } satisfies LedgerHead);
  // strong ETags: the same tag is the same document (no need to read the old one back)
  return !stored || !response.etag || stored.etag !== response.etag;
}

/** Adds items after the last part (filled up to PART_ITEMS, then new ones); the new count. */
async function appendItems(
  cache: EncryptedCache,
  name: string,
  head: LedgerHead,
  items: readonly unknown[],
): Promise<number> {
  if (items.length === 0) return head.parts;
  let parts = head.parts;
  let rest = [...items];
  if (parts > 0) {
    const last = (await cache.getJson<unknown[]>(partKey(name, parts - 1))) ?? [];
    const room = PART_ITEMS - last.length;
    if (room > 0) {
      await cache.putJson(partKey(name, parts - 1), [...last, ...rest.slice(0, room)]);
      rest = rest.slice(room);
    }
  }
  for (; rest.length > 0; parts++) {
    await cache.putJson(partKey(name, parts), rest.slice(0, PART_ITEMS));
    rest = rest.slice(PART_ITEMS);
  }
  return parts;
}
