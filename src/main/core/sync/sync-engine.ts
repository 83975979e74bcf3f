/**
 * Cache-first sync. Reads answer from the encrypted cache at once; this engine keeps the
 * cache fresh in the background: a full pass at start, then the server's change log
 * (`/v1/changes?cursor=`) tells what to fetch again: a document whole with its ETag (an
 * unchanged one costs a 304), a collection only the items named. When the server is
 * unreachable it says offline, keeps the last good data and tries again with growing pauses
 * (or at once on an OS "maybe online" signal). A resource the server refuses (403: the user
 * lacks the right) is "not allowed": its cached copy is dropped, reads of it answer that
 * refusal, and passes leave it out until access is checked again (recheckAccess).
 *
 * The parts: this file runs the passes (when, planning from the log, status, refusals);
 * sync-plan.ts works out what a pass fetches, sync-fetch.ts fetches and applies it,
 * sync-reads.ts answers readers, sync-state.ts is what a run keeps for the next.
 */
import type { Cached, SyncStatus } from '../../../shared/domain';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { Clock } from '../ports';
import { PrefetchingReader, prefetchPlan } from './prefetch';
import { createSerial } from './serial';
import { ResourceFetcher } from './sync-fetch';
import { SyncReads } from './sync-reads';
import { STATE, type SyncState } from './sync-state';
import { coversCursor, planPass, type SyncPlan, type Work } from './sync-plan';
import type { SyncResource } from './sync-resources';

export type { SyncResource } from './sync-resources';
export type { Refusal } from './sync-state';

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

const noop = (): void => undefined;

export class SyncEngine extends SyncReads {
  private status: SyncStatus = { online: true, syncing: false, lastSyncedAt: null };
  private timer: unknown = null;
  private running: Promise<SyncStatus> | null = null;
  /** the one pass queued behind the running one by syncNow */
  private followUp: Promise<SyncStatus> | null = null;
  private stopped = true;
  /** how often stop was called: a start it overtook does not start */
  private stops = 0;
  private offlineDelay: number;
  /** the next pass asks for everything (access was rechecked) */
  private askAll = false;
  /** list documents are patched from more than one place: one writer at a time */
  private readonly serial = createSerial();

  /** one resource's share of a pass, against the server and into the cache */
  private readonly fetcher: ResourceFetcher;

  /** the reads of a pass asked for in one batch once the change log is read */
  private readonly reader: PrefetchingReader;

  constructor(private readonly options: SyncEngineOptions) {
    super(options.cache, options.resources);
    this.offlineDelay = options.offlineMinMs ?? 1000;
    this.reader = new PrefetchingReader(options.api);
    this.fetcher = new ResourceFetcher({
      api: this.reader,
      cache: options.cache,
      serial: this.serial,
      now: () => this.now(),
      touch: (name) => this.touch(name),
    });
  }

  get current(): SyncStatus {
    return { ...this.status };
  }

  /** Loads what the last run knew, then syncs in the background. */
  async start(): Promise<void> {
    const stops = this.stops;
    const kept = await this.options.cache.getJson<SyncState>(STATE);
    // stopped while the state was read (signed out at once): it stays stopped
    if (this.stops !== stops) return;
    this.state = kept ?? this.state;
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
    this.stops += 1;
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
        return this.syncNow();
      });
      return this.followUp;
    }
    // the status as this pass left it: one started right after it (a live event) is its own
    this.running = this.pass()
      .then(() => this.current)
      .finally(() => {
        this.running = null;
      });
    return this.running;
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
   * One item's detail: from the cache, else fetched (and cached, its list entry patched).
   * Null when it is neither cached nor reachable, or the server does not know it.
   */
  async loadItem<T>(name: string, id: string): Promise<Cached<T> | null> {
    const cached = await this.readItem<T>(name, id);
    if (cached || this.stopped) return cached;
    const resource = this.collection(name);
    try {
      const result = await this.fetcher.item(resource, id);
      if (result.gone) return null;
      if (await this.fetcher.patch(resource, [result.summary], new Set()))
        this.options.onData(name);
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
      try {
        await prefetchPlan(plan, this.byName, this.fetcher, this.reader);
        for (const [name, work] of plan) {
          if (await this.apply(name, work)) changed.add(name);
          // data from the server is stored: if the pass is cut short after this (the app
          // quits, the network drops), the offline banner still says when data last came
          if (!contactNoted) {
            contactNoted = true;
            await this.noteContact();
          }
        }
      } finally {
        this.reader.clear();
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
    const { changes, cursor, logLost } = await this.fetcher.changes(this.state.cursor);
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
      if (resource.kind === 'document') changed = await this.fetcher.document(resource);
      else if (work.full) changed = await this.fetcher.collection(resource, work.recheck);
      else changed = await this.fetcher.items(resource, work.upserts, work.deletes);
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
    await this.fetcher.dropAll(resource);
    await this.options.cache.putJson(STATE, this.state);
    // readers learn of the refusal the first time, or when data just went away
    return held || !known;
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
