/** The users table: lookup, lockout state and password changes. */
import type { Db } from '../db';
import { ApiError } from '../problem';
import { afterFailure, afterSuccess, lockRemainingSeconds, type LockState } from './lockout';

export interface UserRow {
  id: number;
  customer_id: number;
  email: string;
  password_hash: string;
  totp_secret: string | null;
  totp_last_step: number | null;
  failed_attempts: number;
  locked_until: number | null;
  name: string | null;
  /** set from registration until the address is confirmed; null: confirmed */
  email_unconfirmed_since: number | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE email = ?').get(normalizeEmail(email)) as
    UserRow | undefined;
}

export function findUserById(db: Db, id: number): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

function lockState(user: UserRow): LockState {
  return { failedAttempts: user.failed_attempts, lockedUntil: user.locked_until };
}

function saveLockState(db: Db, userId: number, state: LockState): void {
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    state.failedAttempts,
    state.lockedUntil,
    userId,
  );
}

/** 423 account_locked with Retry-After: one answer for accounts and unknown addresses. */
export function lockedError(seconds: number): ApiError {
  return new ApiError(423, 'account_locked', {
    retryAfter: seconds,
    detail: `Too many failed attempts. Try again in ${seconds} seconds.`,
  });
}

/** Throws 423 account_locked (with Retry-After) while the account is locked. */
export function assertNotLocked(db: Db, userId: number, now: number): void {
  const user = findUserById(db, userId);
  const seconds = user ? lockRemainingSeconds(lockState(user), now) : 0;
  if (seconds > 0) throw lockedError(seconds);
}

/** Counts a failed attempt; reads and writes in one synchronous step, so none is lost. */
export function recordFailure(db: Db, userId: number, now: number): LockState {
  return db.transaction(() => {
    const user = findUserById(db, userId);
    if (!user) return afterSuccess();
    const next = afterFailure(lockState(user), now);
    saveLockState(db, userId, next);
    return next;
  })();
}

export function recordSuccess(db: Db, userId: number): void {
  saveLockState(db, userId, afterSuccess());
}

export function setPasswordHash(db: Db, userId: number, hash: string): void {
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId);
}
