/**
 * How a menu area plugs into the core: it gets a context (session, ports, the signed-in cache
 * and sync) and gives back its IPC handlers plus optional lifecycle hooks. app-core.ts lists
 * the areas; each area keeps its own folder (src/main/core/<area>/).
 */
import type { ChannelName, EventName } from '../../shared/ipc-names';
import type { EventPayloads } from '../../shared/ipc';
import type { CoreOptions } from './app-core-types';
import type { Handlers } from './ipc/router';
import type { Clock } from './ports';
import type { Session } from './session/session';
import type { EncryptedCache } from './store/encrypted-cache';
import type { SyncEngine } from './sync/sync-engine';

/** What exists only while signed in. */
export interface SignedInParts {
  cache: EncryptedCache;
  sync: SyncEngine;
}

export interface FeatureContext {
  options: CoreOptions;
  clock: Clock;
  session: Session;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** the signed-in cache and sync, or null while signed out (reads answer null then) */
  live(): SignedInParts | null;
  /** the same for writes: throws ApiError 401 session_expired while signed out */
  signedIn(): SignedInParts;
  /**
   * Starts over with an empty cache for the session's current customer account (after the
   * session switched accounts): stops sync, destroys the cache, syncs again.
   */
  restartSync(): Promise<void>;
  /**
   * "Cache leeren": like restartSync, but the entries the features name in keepOnCacheClear
   * (writes queued in the outbox) are carried into the new cache before sync starts again.
   */
  clearCache(): Promise<void>;
}

export interface Feature<C extends ChannelName> {
  handlers: Pick<Handlers, C>;
  /** after each sync pass, with the resources that changed */
  afterPass?(changed: ReadonlySet<string>): void;
  /**
   * every 'data:changed' the core announces (sync, writes, the outbox), as it goes out: for
   * views derived from several resources
   */
  onDataChanged?(resource: string): void;
  /** signed in (or restored) and the first sync has started */
  onSignedIn?(): void;
  /**
   * the cache entries that must survive "Cache leeren" (writes not sent yet): they are read
   * before the cache is destroyed and written into the new one. Sign-out and an account switch
   * keep nothing: what was queued belongs to the session or account left.
   */
  keepOnCacheClear?(cache: EncryptedCache): Promise<string[]>;
  /** before the cache is destroyed at sign-out or an account switch */
  onSignedOut?(): void;
  /** the app quits */
  stop?(): void;
}
