/**
 * What the sync engine keeps between runs (under STATE in the cache): the change-log cursor,
 * when it last reached the server and confirmed a pass, and the resources the server refused.
 */
import { ApiError } from '../api/api-error';

/** the cache entry of the engine's state */
export const STATE = 'sync-state';

/** Why the server refused a resource: the problem's code and, when it said, the right missing. */
export interface Refusal {
  code: string;
  right?: string;
}

export interface SyncState {
  cursor: string | null;
  lastSyncedAt: string | null;
  /** see SyncStatus.confirmedAt */
  confirmedAt?: string | null;
  /** resources the server refused, by name */
  forbidden?: Record<string, Refusal>;
}

/** The refusal as the error a read of that resource throws (403, naming the right missing). */
export function refusalError(refusal: Refusal): ApiError {
  return new ApiError(
    403,
    refusal.code,
    undefined,
    undefined,
    refusal.right ? { right: refusal.right } : undefined,
  );
}
