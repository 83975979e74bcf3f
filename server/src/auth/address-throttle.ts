/**
 * Sign-in of an address that has no account: answered exactly as a wrong password of an
 * account — same status, code and message, the same scrypt work (against a fixed hash), and
 * the same lockout (counted per address, as users.failed_attempts counts per account), so
 * neither the answer, its timing nor the lock tells whether the address has an account.
 */
import type { Db } from '../db';
import { ApiError } from '../problem';
import { afterFailure, lockRemainingSeconds, UNLOCKED, type LockState } from './lockout';
import { verifyPassword } from './password';
import { sha256 } from './tokens';
import { lockedError, normalizeEmail } from './users';

/**
 * A hash of a random password nobody knows, with the parameters of SCRYPT_PARAMS (a test
 * checks they agree): verifying against it costs what verifying a real one costs.
 */
export const DUMMY_PASSWORD_HASH =
  'scrypt$131072$8$1$Dh8kWgwA3tJ7Qs1Y_Abgeg$TAsM2vAmhtYPnE-U8OwHNaL400peZacmgPvgkqYDVkc';

/** Rows of addresses untouched this long are dropped (their lock ran out long ago). */
export const THROTTLE_KEEP_MS = 24 * 60 * 60 * 1000;

function addressHash(email: string): string {
  return sha256(normalizeEmail(email));
}

function readState(db: Db, hash: string): LockState {
  const row = db
    .prepare('SELECT failed_attempts, locked_until FROM sign_in_throttle WHERE address_hash = ?')
    .get(hash) as { failed_attempts: number; locked_until: number | null } | undefined;
  return row ? { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until } : UNLOCKED;
}

function assertAddressNotLocked(db: Db, hash: string, now: number): void {
  const seconds = lockRemainingSeconds(readState(db, hash), now);
  if (seconds > 0) throw lockedError(seconds);
}

function recordAddressFailure(db: Db, hash: string, now: number): void {
  db.transaction(() => {
    const next = afterFailure(readState(db, hash), now);
    db.prepare(
      `INSERT INTO sign_in_throttle (address_hash, failed_attempts, locked_until, updated_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (address_hash) DO UPDATE SET failed_attempts = excluded.failed_attempts,
         locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
    ).run(hash, next.failedAttempts, next.lockedUntil, now);
    db.prepare('DELETE FROM sign_in_throttle WHERE updated_at < ?').run(now - THROTTLE_KEEP_MS);
  })();
}

/**
 * The whole answer to a sign-in of an unknown address, step for step as checkPasswordLocked
 * answers a wrong password: 423 while locked, else scrypt, then 401 wrong_password counted.
 */
export async function refuseUnknownAddress(
  db: Db,
  email: string,
  password: string,
  now: () => number,
): Promise<never> {
  const hash = addressHash(email);
  assertAddressNotLocked(db, hash, now());
  await verifyPassword(password, DUMMY_PASSWORD_HASH);
  assertAddressNotLocked(db, hash, now());
  recordAddressFailure(db, hash, now());
  throw new ApiError(401, 'wrong_password');
}
