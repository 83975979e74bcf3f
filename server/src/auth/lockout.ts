/**
 * Account lockout, per account. Five consecutive failures (wrong password or wrong code) lock
 * the account for 30 s; every further failure after a lock doubles it (60, 120, … up to 1 h).
 * A success resets the counter. Failures while locked are not even checked, so they do not
 * count. Pure functions; the user store persists the state.
 */

export const LOCK_THRESHOLD = 5;
export const BASE_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 60 * 60;

export interface LockState {
  failedAttempts: number;
  /** ms since the epoch, or null */
  lockedUntil: number | null;
}

export const UNLOCKED: LockState = { failedAttempts: 0, lockedUntil: null };

/** Seconds the account is locked after this many consecutive failures (0: not locked). */
export function lockSeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < LOCK_THRESHOLD) return 0;
  const doublings = consecutiveFailures - LOCK_THRESHOLD;
  if (doublings >= 20) return MAX_LOCK_SECONDS;
  return Math.min(BASE_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS);
}

/** Whole seconds until the lock ends (rounded up), 0 when not locked. */
export function lockRemainingSeconds(state: LockState, now: number): number {
  if (state.lockedUntil === null || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil - now) / 1000);
}

export function afterFailure(state: LockState, now: number): LockState {
  const failedAttempts = state.failedAttempts + 1;
  const seconds = lockSeconds(failedAttempts);
  return {
    failedAttempts,
    lockedUntil: seconds > 0 ? now + seconds * 1000 : state.lockedUntil,
  };
}

export function afterSuccess(): LockState {
  return UNLOCKED;
}
