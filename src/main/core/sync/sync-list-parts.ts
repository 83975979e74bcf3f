/**
 * A collection's cached list, kept in parts once it is long (`CollectionResource.parts`, 16
 * parts from 500 items by default). An item goes to the part a hash of its id names, so
 * a change to one invoice of 10,000 rewrites a sixteenth of the list and the head instead of
 * 1.9 MB. The head, under the list's own name, is the document without its items: ETag,
 * time, how many parts and items in each, and a generation the parts carry (a part of
 * another generation or size is a list lost halfway: readers get undefined and the next
 * pass fetches it whole). Readers get the whole list, in its order.
 * A short list stays one document, as before.
 */
import { randomBytes } from 'node:crypto';
import type { EncryptedCache } from '../store/encrypted-cache';
import { patchList } from './collection';
import type { CachedDocument, CollectionResource } from './sync-resources';

/** how a list is split when the resource says nothing */
export const DEFAULT_PARTS = { count: 16, from: 500 } as const;

export interface ListHead {
  etag?: string;
  syncedAt: string;
  listParts: number;
  /** how many items each part holds */
  sizes: number[];
  generation: string;
}

interface ListPart {
  generation: string;
  items: unknown[];
}

type ListDoc = CachedDocument<unknown[]>;

export const listPartKey = (name: string, index: number) => `${name}#p${index}`;

function isListHead(doc: unknown): doc is ListHead {
  return typeof (doc as Partial<ListHead> | undefined)?.listParts === 'number';
}

function partsOf(resource: CollectionResource) {
  return resource.parts ?? DEFAULT_PARTS;
}

/** FNV-1a of the id: the part an item lives in. */
function partIndex(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** One part, if it is the one the head names (its generation and size). */
async function readPart(
  cache: EncryptedCache,
  name: string,
  head: ListHead,
  index: number,
): Promise<ListPart | undefined> {
  const part = await cache.getJson<ListPart>(listPartKey(name, index));
  const fits = part?.generation === head.generation && part.items.length === head.sizes[index];
  return fits ? part : undefined;
}

async function readParts(
  cache: EncryptedCache,
  name: string,
  head: ListHead,
): Promise<ListPart[] | undefined> {
  const parts: ListPart[] = [];
  for (let i = 0; i < head.listParts; i++) {
    const part = await readPart(cache, name, head, i);
    if (!part) return undefined;
    parts.push(part);
  }
  return parts;
}

/** The list as cached, whole and in order; undefined when none (or a part of it is lost). */
export async function readList(
  cache: EncryptedCache,
  resource: CollectionResource,
): Promise<ListDoc | undefined> {
  const stored = await cache.getJson<ListDoc | ListHead>(resource.name);
  if (!isListHead(stored)) return stored;
  const parts = await readParts(cache, resource.name, stored);
  if (!parts) return undefined;
  const data = parts.flatMap((part) => part.items).sort(resource.compare);
  return { data, ...(stored.etag ? { etag: stored.etag } : {}), syncedAt: stored.syncedAt };
}

/** Drops the list's parts (the head is the caller's, or dropped with them). */
export async function dropListParts(cache: EncryptedCache, name: string): Promise<void> {
  const head = await cache.getJson<unknown>(name);
  if (!isListHead(head)) return;
  for (let i = 0; i < head.listParts; i++) await cache.delete(listPartKey(name, i));
}

/** Drops the list: its head and parts. */
export async function dropList(cache: EncryptedCache, name: string): Promise<void> {
  await dropListParts(cache, name);
  await cache.delete(name);
}

/** Writes the whole list: in parts when it is long, else as one document. */
export async function writeList(
  cache: EncryptedCache,
  resource: CollectionResource,
  doc: ListDoc,
): Promise<void> {
  const { count, from } = partsOf(resource);
  // a list in parts always has a part 0: a short list before is not read back just for this
  const before = (await cache.has(listPartKey(resource.name, 0)))
    ? await cache.getJson<unknown>(resource.name)
    : undefined;
  const oldParts = isListHead(before) ? before.listParts : 0;
  if (doc.data.length < from) {
    await cache.putJson(resource.name, doc);
    for (let i = 0; i < oldParts; i++) await cache.delete(listPartKey(resource.name, i));
    return;
  }
  const generation = randomBytes(6).toString('hex');
  const split: unknown[][] = Array.from({ length: count }, () => []);
  for (const item of doc.data) split[partIndex(resource.idOf(item), count)]!.push(item);
  for (let i = 0; i < count; i++) {
    await cache.putJson(listPartKey(resource.name, i), { generation, items: split[i]! });
  }
  for (let i = count; i < oldParts; i++) await cache.delete(listPartKey(resource.name, i));
  await cache.putJson(resource.name, {
    ...(doc.etag ? { etag: doc.etag } : {}),
    syncedAt: doc.syncedAt,
    listParts: count,
    sizes: split.map((items) => items.length),
    generation,
  } satisfies ListHead);
}

/** The list unchanged as of now: a new time on the head (a short list is rewritten whole). */
export async function touchList(
  cache: EncryptedCache,
  resource: CollectionResource,
  syncedAt: string,
): Promise<void> {
  const stored = await cache.getJson<ListDoc | ListHead>(resource.name);
  if (stored) await cache.putJson(resource.name, { ...stored, syncedAt });
}

/**
 * Puts summaries in and takes removals out; true when the list changed. Only the parts they
 * fall in are read and written. A patched list drops its ETag: it named the set as it was.
 * False when there is no list yet (the next pass fetches it whole), undefined when a part it
 * needs is lost (the caller drops the list, so the next pass fetches it whole).
 */
export async function patchCachedList(
  cache: EncryptedCache,
  resource: CollectionResource,
  upserts: readonly unknown[],
  removals: ReadonlySet<string>,
  syncedAt: string,
): Promise<boolean | undefined> {
  const stored = await cache.getJson<ListDoc | ListHead>(resource.name);
  if (!stored) return false;
  if (!isListHead(stored)) {
    const patched = patchList(stored.data, upserts, removals, resource);
    if (patched === stored.data) return false;
    await writeList(cache, resource, { data: [...patched], syncedAt });
    return true;
  }
  const touched = new Map<number, { upserts: unknown[]; removals: Set<string> }>();
  const slot = (id: string) => {
    const index = partIndex(id, stored.listParts);
    let entry = touched.get(index);
    if (!entry) touched.set(index, (entry = { upserts: [], removals: new Set() }));
    return entry;
  };
  for (const summary of upserts) slot(resource.idOf(summary)).upserts.push(summary);
  for (const id of removals) slot(id).removals.add(id);
  // only the parts the changes fall in are read
  const sizes = [...stored.sizes];
  const changed = new Map<number, readonly unknown[]>();
  for (const [index, work] of touched) {
    const part = await readPart(cache, resource.name, stored, index);
    if (!part) return undefined;
    const patched = patchList(part.items, work.upserts, work.removals, resource);
    if (patched === part.items) continue;
    changed.set(index, patched);
    sizes[index] = patched.length;
  }
  if (changed.size === 0) return false;
  if (sizes.reduce((sum, n) => sum + n, 0) < partsOf(resource).from) {
    // short again: one document, as a fresh sync of it would keep it
    const parts = await readParts(cache, resource.name, stored);
    if (!parts) return undefined;
    const all = parts.map((part, i) => changed.get(i) ?? part.items).flat();
    await writeList(cache, resource, { data: all.sort(resource.compare), syncedAt });
    return true;
  }
  for (const [index, items] of changed) {
    await cache.putJson(listPartKey(resource.name, index), {
      generation: stored.generation,
      items: [...items],
    } satisfies ListPart);
  }
  const { etag: _etag, ...head } = stored;
  await cache.putJson(resource.name, { ...head, syncedAt, sizes } satisfies ListHead);
  return true;
}
