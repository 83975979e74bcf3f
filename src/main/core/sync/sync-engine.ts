/**
 * Cache-first sync. Reads answer from the encrypted cache at once; this engine keeps the
 * cache fresh in the background: a full pass at start, then the server's change log
 * (`/v1/changes?cursor=`) tells what to fetch again: a document whole with its ETag (an
 * unchanged one costs a 304), a collection only the items named. When the server is
 * unreachable it says offline, keeps the last good data and tries again with growing pauses
 * (or at once on an OS "maybe online" signal). A resource the server refuses (403: the user
 * lacks the right) is "not allowed": its cached copy is dropped, reads of it answer that
 * refusal, and passes leave it out until access is checked again (recheckAccess).
 */
import type { Cached, SyncStatus } from '../../../shared/domain';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { Clock } from '../ports';
import { diffLists, patchList, sameJson } from './collection';
import { createSerial } from './serial';
import { coversCursor, planPass, type Change, type SyncPlan, type Work } from './sync-plan';
import type {
  CachedDocument,
  CollectionResource,
  DocumentResource,
  ListPage,
  SyncResource,
} from './sync-resources';

export type { SyncResource } from './sync-resources';

/** Why the server refused a resource: the problem's code and, when it said, the right missing. */
export interface Refusal {
  code: string;
  right?: string;
}

interface SyncState {
  cursor: string | null;
  lastSyncedAt: string | null;
  /** see SyncStatus.confirmedAt */
  confirmedAt?: string | null;
  /** resources the server refused, by name */
  forbidden?: Record<string, Refusal>;
}

interface ChangesPage {
  cursor: string;
  changes: Change[];
  hasMore: boolean;
  reset: boolean;
}

export interface SyncEngineOptions {
  api: ApiClient;
  cache: EncryptedCache;
  clock: Clock;
  resources: SyncResource[];
  onStatus(status: SyncStatus): void;
  onData(resource: string): void;
  /** after every pass that reached the server, with the resources whose data changed */
  onPass?(changed: ReadonlySet<string>): void;
  onError?(error: unknown): void;
  /** pause between change-log polls while online; a function is asked before every pause
   * (the sync interval is a setting the person may change while the app runs) */
  pollMs?: number | (() => number);
  /** first and largest pause between tries while offline */
  offlineMinMs?: number;
  offlineMaxMs?: number;
}

type ItemResult =
  { gone: true } | { gone: false; summary: unknown; changed: boolean; doc: CachedDocument };

const STATE = 'sync-state';

const noop = (): void => undefined;

export class SyncEngine {
  private status: SyncStatus = { online: true, syncing: false, lastSyncedAt: null };
  private state: SyncState = { cursor: null, lastSyncedAt: null };
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  /** the one pass queued behind the running one by syncNow */
  private followUp: Promise<void> | null = null;
  private stopped = true;
  private offlineDelay: number;
  /** the next pass asks for everything (access was rechecked) */
  private askAll = false;
  private readonly byName: Map<string, SyncResource>;
  /** list documents are patched from more than one place: one writer at a time */
  private readonly serial = createSerial();
  /** per resource, how often its cached entry was written or dropped (see revision) */
  private readonly revisions = new Map<string, number>();

  constructor(private readonly options: SyncEngineOptions) {
    this.offlineDelay = options.offlineMinMs ?? 1000;
    this.byName = new Map(options.resources.map((resource) => [resource.name, resource]));
  }

  get current(): SyncStatus {
    return { ...this.status };
  }

  /** Loads what the last run knew, then syncs in the background. */
  async start(): Promise<void> {
    this.state = (await this.options.cache.getJson<SyncState>(STATE)) ?? this.state;
    this.status = {
      ...this.status,
      lastSyncedAt: this.state.lastSyncedAt,
      confirmedAt: this.state.confirmedAt ?? null,
    };
    this.stopped = false;
    this.options.onStatus(this.current);
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * A pass that starts now, answering the status after it. A pass already under way may have
   * asked the server before what the caller wants to see (a change it was just told about), so
   * the call waits for it and then runs one more; callers arriving meanwhile share that one.
   */
  async syncNow(): Promise<SyncStatus> {
    if (this.stopped) return this.current;
    if (this.running) {
      this.followUp ??= this.running.then(noop, noop).then(async () => {
        this.followUp = null;
        await this.syncNow();
      });
      await this.followUp;
      return this.current;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
    });
    await this.running;
    return this.current;
  }

  /**
   * Whether the change log is applied up to `cursor` (a live change event's): the last pass,
   * waited for when one is under way, read the log that far (coversCursor). A change event
   * that a pass already covered then costs no further pass: a burst of events (an invoice
   * paid names the invoice, the statement and its contracts) is one pass, not one each.
   */
  async hasReached(cursor: string): Promise<boolean> {
    await this.running;
    return !this.stopped && coversCursor(this.state.cursor, cursor);
  }

  /** The OS says the network may be back: try at once instead of waiting out the pause. */
  nudge(): void {
    if (!this.status.online) void this.syncNow();
  }

  /**
   * The cached document of a resource, straight from disk. A resource the server refused
   * throws that refusal (ApiError 403 with the right missing), so a read says "not allowed"
   * rather than "not loaded yet".
   */
  async read<T>(name: string): Promise<Cached<T> | null> {
    this.assertAllowed(name);
    const resource = this.byName.get(name);
    return this.readDoc<T>(name, resource !== undefined && !isUnlogged(resource));
  }

  private async readDoc<T>(key: string, followsSync: boolean): Promise<Cached<T> | null> {
    const doc = await this.options.cache.getJson<CachedDocument<T>>(key);
    if (!doc) return null;
    return followsSync
      ? { data: doc.data, syncedAt: this.confirmed(doc.syncedAt), followsSync }
      : { data: doc.data, syncedAt: doc.syncedAt };
  }

  /** The later of a document's own fetch and the last completed pass that covered it. */
  private confirmed(syncedAt: string): string {
    const pass = this.state.confirmedAt;
    return pass && pass > syncedAt ? pass : syncedAt;
  }

  /**
   * The same, but a refused resource reads as null: for a view made of several resources
   * that still shows what the user may see (the billing overview without payment methods).
   */
  async readIfAllowed<T>(name: string): Promise<Cached<T> | null> {
    return this.state.forbidden?.[name] ? null : this.read<T>(name);
  }

  /** The ETag a cached document came with, for an If-Match on a write. */
  async etag(name: string): Promise<string | undefined> {
    return (await this.options.cache.getJson<CachedDocument>(name))?.etag;
  }

  /** The cached detail of one item of a collection. */
  async readItem<T>(name: string, id: string): Promise<Cached<T> | null> {
    this.assertAllowed(name);
    // the change log names every item that changes: a cached detail is confirmed by a pass too
    return this.readDoc<T>(this.collection(name).itemKey(id), true);
  }

  /**
   * One item's detail: from the cache, else fetched (and cached, its list entry patched).
   * Null when it is neither cached nor reachable, or the server does not know it.
   */
  async loadItem<T>(name: string, id: string): Promise<Cached<T> | null> {
    const cached = await this.readItem<T>(name, id);
    if (cached || this.stopped) return cached;
    const resource = this.collection(name);
    try {
      const result = await this.fetchItem(resource, id);
      if (result.gone) return null;
      if (await this.patch(resource, [result.summary], new Set())) this.options.onData(name);
      return { data: result.doc.data as T, syncedAt: result.doc.syncedAt, followsSync: true };
    } catch (error) {
      if (error instanceof ApiError && error.offline) return null;
      if (isRefusal(error)) {
        if (await this.forbid(resource, error)) this.options.onData(name);
      }
      throw error;
    }
  }

  /**
   * Tells readers that every resource may have changed (the cache started over for another
   * customer account): views drop what they show and read again.
   */
  announceAll(): void {
    for (const name of this.byName.keys()) this.options.onData(name);
  }

  /**
   * A number that changes whenever this engine writes or drops a resource's cached entry: a
   * reader that derives something costly from it (an index of 2,000 zones) keeps it until then.
   */
  revision(name: string): number {
    return this.revisions.get(name) ?? 0;
  }

  private touch(name: string): void {
    this.revisions.set(name, this.revision(name) + 1);
  }

  /** Whether the server refused a resource, and why. */
  refusal(name: string): Refusal | null {
    return this.state.forbidden?.[name] ?? null;
  }

  /**
   * The user's rights changed: forget every refusal and let the next pass (started at once,
   * behind one under way) ask for everything, so what is now allowed arrives and what is no
   * longer allowed is refused and dropped.
   */
  recheckAccess(): void {
    if (this.stopped) return;
    this.state.forbidden = {};
    this.askAll = true;
    void (async () => {
      await this.running;
      // kept at once: a restart before the pass must not go on believing the old refusals
      await this.options.cache.putJson(STATE, this.state).catch(() => undefined);
      await this.syncNow();
    })();
  }

  /**
   * Fetches resources again at once (after a write), behind any pass under way so an older
   * answer cannot land after the newer one. Emits 'data:changed' for what changed.
   */
  async refresh(names: readonly string[]): Promise<void> {
    if (this.stopped) return;
    await this.running;
    for (const name of names) await this.apply(name, { full: true });
  }

  /**
   * One item of a collection again at once (after a write to it): its detail fetched and its
   * list entry patched, or (deleted) both dropped. Emits 'data:changed' when it changed.
   */
  async refreshItem(name: string, id: string, deleted = false): Promise<void> {
    if (this.stopped) return;
    this.collection(name);
    await this.running;
    const ids = new Set([id]);
    const none = new Set<string>();
    await this.apply(
      name,
      deleted
        ? { full: false, upserts: none, deletes: ids }
        : { full: false, upserts: ids, deletes: none },
    );
  }

  private assertAllowed(name: string): void {
    const refusal = this.state.forbidden?.[name];
    if (!refusal) return;
    throw new ApiError(
      403,
      refusal.code,
      undefined,
      undefined,
      refusal.right ? { right: refusal.right } : undefined,
    );
  }

  private collection(name: string): CollectionResource {
    const resource = this.byName.get(name);
    if (resource?.kind !== 'collection') throw new Error(`not a collection: ${name}`);
    return resource;
  }

  private now(): string {
    return new Date(this.options.clock.now()).toISOString();
  }

  /** Records now as the last successful contact, on disk and in the status. */
  private async noteContact(): Promise<void> {
    const now = this.now();
    this.state.lastSyncedAt = now;
    await this.options.cache.putJson(STATE, this.state);
    this.setStatus({ lastSyncedAt: now });
  }

  private async pass(): Promise<void> {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    this.setStatus({ syncing: true });
    // a pass cut short asks everything again next time
    const askAll = this.askAll;
    this.askAll = false;
    // what the change log says is true as of the moment it is asked
    const askedAt = this.now();
    try {
      const { plan, cursor } = await this.plan(askAll);
      // the server answered: online from now, not only once every resource is fetched
      this.setStatus({ online: true });
      const changed = new Set<string>();
      let contactNoted = false;
      for (const [name, work] of plan) {
        if (await this.apply(name, work)) changed.add(name);
        // data from the server is stored: if the pass is cut short after this (the app quits,
        // the network drops), the offline banner still says when data last came, not "never"
        if (!contactNoted) {
          contactNoted = true;
          await this.noteContact();
        }
      }
      // only now is the cursor safe to keep: a pass cut short must ask for the same changes again
      this.state.cursor = cursor;
      const now = this.now();
      this.state.lastSyncedAt = now;
      this.state.confirmedAt = askedAt;
      await this.options.cache.putJson(STATE, this.state);
      this.offlineDelay = this.options.offlineMinMs ?? 1000;
      this.setStatus({ online: true, syncing: false, lastSyncedAt: now, confirmedAt: askedAt });
      this.schedule(this.pollPause());
      this.options.onPass?.(changed);
    } catch (error) {
      if (askAll) this.askAll = true;
      if (error instanceof ApiError && error.offline) {
        this.setStatus({ online: false, syncing: false });
        this.schedule(this.offlineDelay);
        this.offlineDelay = Math.min(this.offlineDelay * 2, this.options.offlineMaxMs ?? 60_000);
        return;
      }
      this.setStatus({ syncing: false });
      if (!(error instanceof ApiError && error.code === 'session_expired')) {
        this.schedule(this.pollPause());
      }
      this.options.onError?.(error);
    }
  }

  private pollPause(): number {
    const { pollMs } = this.options;
    return (typeof pollMs === 'function' ? pollMs() : pollMs) ?? 30_000;
  }

  /** Reads the change log from the cursor on; a resource not in the cache is fetched whole. */
  private async plan(askAll: boolean): Promise<{ plan: SyncPlan; cursor: string | null }> {
    const changes: Change[] = [];
    /** the server's log started over: it cannot say which cached details changed */
    let logLost = false;
    let cursor = this.state.cursor;
    for (;;) {
      const { data } = await this.options.api.request<ChangesPage>({
        path: '/v1/changes',
        query: { cursor: cursor ?? undefined },
      });
      if (data.reset) logLost = true;
      else changes.push(...data.changes);
      cursor = data.cursor;
      if (!data.hasMore) break;
    }
    // a resource never fetched (new in this version, or its entry was dropped) is stale too
    const forbidden = new Set(Object.keys(this.state.forbidden ?? {}));
    const missing = new Set<string>();
    for (const name of this.byName.keys()) {
      if (!forbidden.has(name) && !(await this.options.cache.has(name))) missing.add(name);
    }
    const plan = planPass(this.options.resources, changes, askAll || logLost, missing, forbidden);
    if (logLost) {
      for (const [name, work] of plan) {
        if (work.full && this.byName.get(name)?.kind === 'collection') {
          plan.set(name, { full: true, recheck: 'all' });
        }
      }
    }
    return { plan, cursor };
  }

  /**
   * Does one resource's share of a pass; true when its cached data changed. A refusal (403)
   * is not a failed pass: the resource is marked not allowed and its cached copy dropped.
   */
  private async apply(name: string, work: Work): Promise<boolean> {
    const resource = this.byName.get(name);
    if (!resource) return false;
    let changed: boolean;
    try {
      if (resource.kind === 'document') changed = await this.fetchDocument(resource);
      else if (work.full) changed = await this.fetchCollection(resource, work.recheck);
      else changed = await this.fetchItems(resource, work.upserts, work.deletes);
      if (this.state.forbidden?.[name]) {
        // allowed again (a reset asked anew): readable from now
        delete this.state.forbidden[name];
        changed = true;
      }
    } catch (error) {
      if (!isRefusal(error)) throw error;
      changed = await this.forbid(resource, error);
    }
    if (changed) this.options.onData(name);
    return changed;
  }

  /** Marks a resource not allowed and drops what the cache holds of it; true if it held any. */
  private async forbid(resource: SyncResource, error: ApiError): Promise<boolean> {
    const right = error.details?.right;
    const known = Boolean(this.state.forbidden?.[resource.name]);
    this.state.forbidden = {
      ...this.state.forbidden,
      [resource.name]: { code: error.code, ...(typeof right === 'string' ? { right } : {}) },
    };
    const held = await this.options.cache.has(resource.name);
    if (resource.kind === 'collection') {
      await this.serial(async () => {
        const list = await this.options.cache.getJson<CachedDocument<unknown[]>>(resource.name);
        for (const summary of list?.data ?? [])
          await this.dropItem(resource, resource.idOf(summary));
        await this.options.cache.delete(resource.name);
      });
    } else {
      await this.options.cache.delete(resource.name);
    }
    this.touch(resource.name);
    await this.options.cache.putJson(STATE, this.state);
    // readers learn of the refusal the first time, or when data just went away
    return held || !known;
  }

  private async fetchDocument(resource: DocumentResource): Promise<boolean> {
    const cached = await this.options.cache.getJson<CachedDocument>(resource.name);
    const response = await this.options.api.request<unknown>({
      path: resource.path,
      ifNoneMatch: cached?.etag,
    });
    const syncedAt = this.now();
    if (response.notModified && cached) {
      await this.options.cache.putJson(resource.name, { ...cached, syncedAt });
      this.touch(resource.name);
      return false;
    }
    await this.options.cache.putJson(resource.name, {
      data: response.data,
      etag: response.etag,
      syncedAt,
    });
    this.touch(resource.name);
    return !cached || !sameJson(cached.data, response.data);
  }

  /**
   * The whole list, page by page. The first page's ETag covers the whole set, so a 304 there
   * means the list did not change. Cached details of items that changed meanwhile (by their
   * list entry, or named in `recheck`) are fetched again, those of items now gone are dropped.
   */
  private async fetchCollection(
    resource: CollectionResource,
    recheck?: ReadonlySet<string> | 'all',
  ): Promise<boolean> {
    const cached = await this.options.cache.getJson<CachedDocument<unknown[]>>(resource.name);
    const items = await this.fetchList(resource, cached);
    let listChanged = false;
    let again: string[] = [];
    if (items === 'unchanged') {
      await this.serial(async () => {
        const latest = await this.options.cache.getJson<CachedDocument>(resource.name);
        if (latest)
          await this.options.cache.putJson(resource.name, { ...latest, syncedAt: this.now() });
        this.touch(resource.name);
      });
    } else {
      await this.serial(async () => {
        await this.options.cache.putJson(resource.name, { ...items, syncedAt: this.now() });
        this.touch(resource.name);
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
      if (!(await this.options.cache.has(resource.itemKey(id)))) continue;
      const result = await this.fetchItem(resource, id);
      detailChanged ||= result.gone || result.changed;
    }
    return listChanged || detailChanged;
  }

  /** Every page of a list, or 'unchanged' when the cached copy's ETag still holds. */
  private async fetchList(
    resource: CollectionResource,
    cached: CachedDocument<unknown[]> | undefined,
  ): Promise<{ data: unknown[]; etag?: string } | 'unchanged'> {
    const items: unknown[] = [];
    let etag: string | undefined;
    let cursor: string | undefined;
    for (let first = true; ; first = false) {
      const response = await this.options.api.request<ListPage<unknown>>({
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
  private async fetchItems(
    resource: CollectionResource,
    upserts: ReadonlySet<string>,
    deletes: ReadonlySet<string>,
  ): Promise<boolean> {
    const removals = new Set(deletes);
    const summaries: unknown[] = [];
    let detailChanged = false;
    for (const id of deletes) await this.dropItem(resource, id);
    for (const id of upserts) {
      const result = await this.fetchItem(resource, id);
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
  private async fetchItem(resource: CollectionResource, id: string): Promise<ItemResult> {
    const key = resource.itemKey(id);
    const cached = await this.options.cache.getJson<CachedDocument>(key);
    let response;
    try {
      response = await this.options.api.request<unknown>({
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
    const syncedAt = this.now();
    if (response.notModified && cached) {
      const doc = { ...cached, syncedAt };
      await this.options.cache.putJson(key, doc);
      return { gone: false, summary: resource.summarize(cached.data), changed: false, doc };
    }
    const doc: CachedDocument = { data: response.data, etag: response.etag, syncedAt };
    await this.options.cache.putJson(key, doc);
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
  private async dropItem(resource: CollectionResource, id: string): Promise<void> {
    await this.options.cache.delete(resource.itemKey(id));
    for (const key of resource.itemExtras?.(id) ?? []) await this.options.cache.delete(key);
  }

  /** Puts summaries into the cached list and takes removals out; true when it changed. */
  private patch(
    resource: CollectionResource,
    summaries: unknown[],
    removals: ReadonlySet<string>,
  ): Promise<boolean> {
    return this.serial(async () => {
      const list = await this.options.cache.getJson<CachedDocument<unknown[]>>(resource.name);
      // no list yet: the next pass fetches it whole
      if (!list) return false;
      const patched = patchList(list.data, summaries, removals, resource);
      if (patched === list.data) return false;
      // the list's ETag named the set as it was: a patched list must not claim it any more
      await this.options.cache.putJson(resource.name, {
        data: patched,
        syncedAt: this.now(),
      } satisfies CachedDocument);
      this.touch(resource.name);
      return true;
    });
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    const changed =
      next.online !== this.status.online ||
      next.syncing !== this.status.syncing ||
      next.lastSyncedAt !== this.status.lastSyncedAt ||
      next.confirmedAt !== this.status.confirmedAt;
    this.status = next;
    if (changed) this.options.onStatus(this.current);
  }
}

/** A 403 on a resource: the signed-in user may not see it (not a failure to retry). */
function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403;
}

function isUnlogged(resource: SyncResource): boolean {
  return resource.kind === 'document' && resource.unlogged === true;
}
