/**
 * Fetching and applying for the sync engine (sync-engine.ts): one resource's share of a pass
 * against the server and into the cache. A document whole with its ETag; a collection whole
 * (page by page, the cached details that changed fetched again, those gone dropped) or only
 * the items the change log named, patched into the cached list. List documents are written
 * under one serial section, as the engine writes them from more than one place.
 */
import { ApiError } from '../api/api-error';
import type { EncryptedCache } from '../store/encrypted-cache';
import { diffLists, sameJson } from './collection';
import type { Ask, Reader } from './prefetch';
import { dropLedgerParts, fetchLedger, ledgerAsk } from './sync-ledger';
import { dropList, patchCachedList, readList, touchList, writeList } from './sync-list-parts';
import type { Change, Work } from './sync-plan';
import type {
  CachedDocument,
  CollectionResource,
  DocumentResource,
  ListPage,
  SyncResource,
} from './sync-resources';

export type ItemResult =
  { gone: true } | { gone: false; summary: unknown; changed: boolean; doc: CachedDocument };

interface ChangesPage {
  cursor: string;
  changes: Change[];
  hasMore: boolean;
  reset: boolean;
}

export interface FetchDeps {
  /** the API client, or the pass's prefetching reader in front of it */
  api: Reader;
  cache: EncryptedCache;
  /** one writer at a time for list documents */
  serial: <T>(section: () => Promise<T>) => Promise<T>;
  /** now, as an ISO time */
  now(): string;
  /** a resource's cached entry was written or dropped (SyncEngine.revision) */
  touch(name: string): void;
}

export class ResourceFetcher {
  constructor(private readonly deps: FetchDeps) {}

  /**
   * The reads `work` will make, as ResourceFetcher sends them (path, query, ETag), for the
   * pass's batch (prefetch.ts). Not foreseen: a whole collection's pages, and a document not
   * cached yet (read whole, it may be large: batched with others it would only add its size
   * to one answer held in memory at once). The cached entries are read for their ETag and let
   * go again: holding them all until their read would raise the pass's peak by their sum.
   */
  async asksFor(resource: SyncResource, work: Work): Promise<Ask[]> {
    if (resource.kind === 'document') {
      const ask = resource.appendOnly
        ? await ledgerAsk(this.deps.cache, resource)
        : { path: resource.path, ifNoneMatch: await this.etagOf(resource.name) };
      return ask.ifNoneMatch ? [ask] : [];
    }
    if (work.full) return [];
    const asks: Ask[] = [];
    for (const id of work.upserts) {
      asks.push({
        path: resource.itemPath(id),
        ifNoneMatch: await this.etagOf(resource.itemKey(id)),
      });
    }
    return asks;
  }

  /** How many asks asksFor will give at most, without reading any cached entry. */
  async readsForeseen(resource: SyncResource, work: Work): Promise<number> {
    if (resource.kind === 'document') return (await this.deps.cache.has(resource.name)) ? 1 : 0;
    return work.full ? 0 : work.upserts.size;
  }

  private async etagOf(key: string): Promise<string | undefined> {
    return (await this.deps.cache.getJson<CachedDocument>(key))?.etag;
  }

  /**
   * The change log from `cursor` on, every page of it. `logLost`: the server's log started
   * over, so it cannot say which cached details changed.
   */
  async changes(
    cursor: string | null,
  ): Promise<{ changes: Change[]; cursor: string | null; logLost: boolean }> {
    const changes: Change[] = [];
    let logLost = false;
    for (;;) {
      const { data } = await this.deps.api.request<ChangesPage>({
        path: '/v1/changes',
        query: { cursor: cursor ?? undefined },
      });
      if (data.reset) logLost = true;
      else changes.push(...data.changes);
      cursor = data.cursor;
      if (!data.hasMore) return { changes, cursor, logLost };
    }
  }

  /** Drops what the cache holds of a resource: a collection's list, details and extras. */
  async dropAll(resource: SyncResource): Promise<void> {
    if (resource.kind === 'collection') {
      await this.deps.serial(async () => {
        const list = await readList(this.deps.cache, resource);
        for (const summary of list?.data ?? [])
          await this.dropItem(resource, resource.idOf(summary));
        await dropList(this.deps.cache, resource.name);
      });
    } else {
      if (resource.appendOnly) await dropLedgerParts(this.deps.cache, resource.name);
      await this.deps.cache.delete(resource.name);
    }
    this.deps.touch(resource.name);
  }

  async document(resource: DocumentResource): Promise<boolean> {
    if (resource.appendOnly) {
      const changed = await fetchLedger(this.deps, resource);
      this.deps.touch(resource.name);
      return changed;
    }
    const cached = await this.deps.cache.getJson<CachedDocument>(resource.name);
    const response = await this.deps.api.request<unknown>({
      path: resource.path,
      ifNoneMatch: cached?.etag,
    });
    const syncedAt = this.deps.now();
    if (response.notModified && cached) {
      await this.deps.cache.putJson(resource.name, { ...cached, syncedAt });
      this.deps.touch(resource.name);
      return false;
    }
    await this.deps.cache.putJson(resource.name, {
      data: response.data,
      etag: response.etag,
      syncedAt,
    });
    this.deps.touch(resource.name);
    return !cached || !sameJson(cached.data, response.data);
  }

  /**
   * The whole list, page by page. The first page's ETag covers the whole set, so a 304 there
   * means the list did not change. Cached details of items that changed meanwhile (by their
   * list entry, or named in `recheck`) are fetched again, those of items now gone are dropped.
   */
  async collection(
    resource: CollectionResource,
    recheck?: ReadonlySet<string> | 'all',
  ): Promise<boolean> {
    const cached = await readList(this.deps.cache, resource);
    const items = await this.list(resource, cached);
    let listChanged = false;
    let again: string[] = [];
    if (items === 'unchanged') {
      await this.deps.serial(async () => {
        await touchList(this.deps.cache, resource, this.deps.now());
        this.deps.touch(resource.name);
      });
    } else {
      await this.deps.serial(async () => {
        await writeList(this.deps.cache, resource, { ...items, syncedAt: this.deps.now() });
        this.deps.touch(resource.name);
      });
      const { changed, removed } = diffLists(cached?.data ?? [], items.data, resource.idOf);
      for (const id of removed) await this.dropItem(resource, id);
      again = changed;
      listChanged =
        !cached ||
        changed.length > 0 ||
        removed.length > 0 ||
        items.data.length !== cached.data.length;
    }
    const ids = new Set(again);
    if (recheck === 'all') {
      const list = items === 'unchanged' ? (cached?.data ?? []) : items.data;
      for (const summary of list) ids.add(resource.idOf(summary));
    } else for (const id of recheck ?? []) ids.add(id);
    let detailChanged = false;
    for (const id of ids) {
      if (!(await this.deps.cache.has(resource.itemKey(id)))) continue;
      const result = await this.item(resource, id);
      detailChanged ||= result.gone || result.changed;
    }
    return listChanged || detailChanged;
  }

  /** Every page of a list, or 'unchanged' when the cached copy's ETag still holds. */
  private async list(
    resource: CollectionResource,
    cached: CachedDocument<unknown[]> | undefined,
  ): Promise<{ data: unknown[]; etag?: string } | 'unchanged'> {
    const items: unknown[] = [];
    let etag: string | undefined;
    let cursor: string | undefined;
    for (let first = true; ; first = false) {
      const response = await this.deps.api.request<ListPage<unknown>>({
        path: resource.path,
        query: { cursor, limit: resource.pageSize },
        ifNoneMatch: first ? cached?.etag : undefined,
      });
      if (response.notModified && cached) return 'unchanged';
      if (first) etag = response.etag;
      items.push(...response.data.items);
      if (!response.data.nextCursor) return { data: items, etag };
      cursor = response.data.nextCursor;
    }
  }

  /** Only the items the change log named: each fetched alone, then patched into the list. */
  async items(
    resource: CollectionResource,
    upserts: ReadonlySet<string>,
    deletes: ReadonlySet<string>,
  ): Promise<boolean> {
    const removals = new Set(deletes);
    const summaries: unknown[] = [];
    let detailChanged = false;
    for (const id of deletes) await this.dropItem(resource, id);
    for (const id of upserts) {
      const result = await this.item(resource, id);
      if (result.gone) {
        removals.add(id);
        continue;
      }
      summaries.push(result.summary);
      detailChanged ||= result.changed;
    }
    const listChanged = await this.patch(resource, summaries, removals);
    return listChanged || detailChanged;
  }

  /**
   * One item's detail with its ETag; a 404 (or what the resource's goneWhen names) means it is
   * gone (its cached detail too).
   */
  async item(resource: CollectionResource, id: string): Promise<ItemResult> {
    const key = resource.itemKey(id);
    const cached = await this.deps.cache.getJson<CachedDocument>(key);
    let response;
    try {
      response = await this.deps.api.request<unknown>({
        path: resource.itemPath(id),
        ifNoneMatch: cached?.etag,
      });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || resource.goneWhen?.(error))) {
        await this.dropItem(resource, id);
        return { gone: true };
      }
      throw error;
    }
    const syncedAt = this.deps.now();
    if (response.notModified && cached) {
      const doc = { ...cached, syncedAt };
      await this.deps.cache.putJson(key, doc);
      return { gone: false, summary: resource.summarize(cached.data), changed: false, doc };
    }
    const doc: CachedDocument = { data: response.data, etag: response.etag, syncedAt };
    await this.deps.cache.putJson(key, doc);
    return {
      gone: false,
      summary: resource.summarize(response.data),
      changed: !cached || !sameJson(cached.data, response.data),
      doc,
    };
  }

  /**
   * Drops what the cache holds of one item: its detail and its extras (an invoice's PDF),
   * which nothing would name again once the item is gone from the list.
   */
  async dropItem(resource: CollectionResource, id: string): Promise<void> {
    await this.deps.cache.delete(resource.itemKey(id));
    for (const key of resource.itemExtras?.(id) ?? []) await this.deps.cache.delete(key);
  }

  /** Puts summaries into the cached list and takes removals out; true when it changed. */
  patch(
    resource: CollectionResource,
    summaries: unknown[],
    removals: ReadonlySet<string>,
  ): Promise<boolean> {
    return this.deps.serial(async () => {
      const { cache } = this.deps;
      const changed = await patchCachedList(cache, resource, summaries, removals, this.deps.now());
      if (changed === false) return false;
      // a list lost halfway: none is kept, so the next pass fetches it whole
      if (changed === undefined) await dropList(cache, resource.name);
      this.deps.touch(resource.name);
      return changed === true;
    });
  }
}
