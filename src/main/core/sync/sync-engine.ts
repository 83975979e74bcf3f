/**
 * Cache-first sync. Reads answer from the encrypted cache at once; this engine keeps the
 * cache fresh in the background: a full pass at start, then the server's change log
 * (`/v1/changes?cursor=`) tells which resources to fetch again, each with its ETag so an
 * unchanged one costs a 304. When the server is unreachable it says offline, keeps the last
 * good data and tries again with growing pauses (or at once on an OS "maybe online" signal).
 */
import type { SyncStatus } from '../../../shared/domain';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { Clock } from '../ports';

/** One kind of data the app keeps offline. */
export interface SyncResource {
  /** also its name in the cache and in 'data:changed' events */
  name: string;
  path: string;
}

interface CachedDocument {
  data: unknown;
  etag?: string;
  syncedAt: string;
}

interface SyncState {
  cursor: string | null;
  lastSyncedAt: string | null;
}

interface ChangesPage {
  cursor: string;
  changes: { resource: string; id: string; op: string }[];
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
  onError?(error: unknown): void;
  /** pause between change-log polls while online */
  pollMs?: number;
  /** first and largest pause between tries while offline */
  offlineMinMs?: number;
  offlineMaxMs?: number;
}

const STATE = 'sync-state';

export class SyncEngine {
  private status: SyncStatus = { online: true, syncing: false, lastSyncedAt: null };
  private state: SyncState = { cursor: null, lastSyncedAt: null };
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private offlineDelay: number;
  private readonly byName: Map<string, SyncResource>;

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
    this.status = { ...this.status, lastSyncedAt: this.state.lastSyncedAt };
    this.stopped = false;
    this.options.onStatus(this.current);
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Waits for the running pass or starts one; answers the status after it. */
  async syncNow(): Promise<SyncStatus> {
    if (this.stopped) return this.current;
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    await this.running;
    return this.current;
  }

  /** The OS says the network may be back: try at once instead of waiting out the pause. */
  nudge(): void {
    if (!this.status.online) void this.syncNow();
  }

  /** The cached document of a resource, straight from disk. */
  async read<T>(name: string): Promise<{ data: T; syncedAt: string } | null> {
    const doc = await this.options.cache.getJson<CachedDocument>(name);
    return doc ? { data: doc.data as T, syncedAt: doc.syncedAt } : null;
  }

  private async pass(): Promise<void> {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    this.setStatus({ syncing: true });
    try {
      const { names, cursor } = await this.changedResources();
      for (const name of names) await this.fetchResource(name);
      // only now is the cursor safe to keep: a pass cut short must ask for the same changes again
      this.state.cursor = cursor;
      const now = new Date(this.options.clock.now()).toISOString();
      this.state.lastSyncedAt = now;
      await this.options.cache.putJson(STATE, this.state);
      this.offlineDelay = this.options.offlineMinMs ?? 1000;
      this.setStatus({ online: true, syncing: false, lastSyncedAt: now });
      this.schedule(this.options.pollMs ?? 30_000);
    } catch (error) {
      if (error instanceof ApiError && error.offline) {
        this.setStatus({ online: false, syncing: false });
        this.schedule(this.offlineDelay);
        this.offlineDelay = Math.min(this.offlineDelay * 2, this.options.offlineMaxMs ?? 60_000);
        return;
      }
      this.setStatus({ syncing: false });
      if (!(error instanceof ApiError && error.code === 'session_expired')) {
        this.schedule(this.options.pollMs ?? 30_000);
      }
      this.options.onError?.(error);
    }
  }

  /** Which resources to fetch: all of them after a reset, else those the change log names. */
  private async changedResources(): Promise<{ names: Set<string>; cursor: string | null }> {
    const names = new Set<string>();
    let cursor = this.state.cursor;
    for (;;) {
      const { data } = await this.options.api.request<ChangesPage>({
        path: '/v1/changes',
        query: { cursor: cursor ?? undefined },
      });
      if (data.reset) {
        for (const name of this.byName.keys()) names.add(name);
      } else {
        for (const change of data.changes)
          if (this.byName.has(change.resource)) names.add(change.resource);
      }
      cursor = data.cursor;
      if (!data.hasMore) break;
    }
    // a resource never fetched (new in this version, or its entry was dropped) is stale too
    for (const name of this.byName.keys()) {
      if (!(await this.options.cache.getJson<CachedDocument>(name))) names.add(name);
    }
    return { names, cursor };
  }

  private async fetchResource(name: string): Promise<void> {
    const resource = this.byName.get(name);
    if (!resource) return;
    const cached = await this.options.cache.getJson<CachedDocument>(name);
    const response = await this.options.api.request<unknown>({
      path: resource.path,
      ifNoneMatch: cached?.etag,
    });
    const syncedAt = new Date(this.options.clock.now()).toISOString();
    if (response.notModified && cached) {
      await this.options.cache.putJson(name, { ...cached, syncedAt });
      return;
    }
    await this.options.cache.putJson(name, { data: response.data, etag: response.etag, syncedAt });
    this.options.onData(name);
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
      next.lastSyncedAt !== this.status.lastSyncedAt;
    this.status = next;
    if (changed) this.options.onStatus(this.current);
  }
}
