/** Bringing the cache up to date after a write went through. */
import type { Logger } from '../app-core-types';
import type { SyncEngine } from '../sync/sync-engine';

/**
 * Fetches what a write touched at once. The write itself succeeded, so a failed refresh is
 * only logged: the next sync pass brings the change.
 */
export async function refreshAfterWrite(
  sync: SyncEngine,
  names: readonly string[],
  log?: Logger,
): Promise<void> {
  try {
    await sync.refresh(names);
  } catch (error) {
    log?.warn('team: refresh after a write failed', { error: String(error) });
  }
}

/** The same for one item of a collection (created, changed or deleted). */
export async function refreshItemAfterWrite(
  sync: SyncEngine,
  name: string,
  id: string,
  deleted: boolean,
  log?: Logger,
): Promise<void> {
  try {
    await sync.refreshItem(name, id, deleted);
  } catch (error) {
    log?.warn('team: refresh after a write failed', { error: String(error) });
  }
}
