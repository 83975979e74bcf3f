/**
 * Two-factor sign-in, turned on and off by the user: a setup issues a secret that waits for a
 * code from it (so a secret never mistyped into an app locks anyone out), confirming makes it
 * the account's and issues the recovery codes; turning it off needs a current code.
 */
import type { Db } from '../db';
import { ApiError } from '../problem';
import { assertNotLocked, findUserById, recordFailure, type UserRow } from '../auth/users';
import {
  deleteRecoveryCodes,
  issueRecoveryCodes,
  redeemRecoveryCode,
} from '../auth/recovery-codes';
import { checkTotp, newTotpSecret, totpUri } from '../auth/totp';

export const TOTP_SETUP_SECONDS = 15 * 60;

interface SecurityUser extends UserRow {
  totp_pending_secret: string | null;
  totp_pending_until: number | null;
  password_changed_at: number | null;
  security_version: number;
}

export function securityUser(db: Db, userId: number): SecurityUser {
  const user = findUserById(db, userId) as SecurityUser | undefined;
  if (!user) throw new ApiError(401, 'unauthorized');
  return user;
}

export function bumpSecurityVersion(db: Db, userId: number): void {
  db.prepare('UPDATE users SET security_version = security_version + 1 WHERE id = ?').run(userId);
}

function invalidCode(): ApiError {
  return new ApiError(422, 'mfa_invalid_code', {
    detail: 'The code is wrong or has expired.',
    errors: [{ field: 'code', code: 'mfa_invalid_code' }],
  });
}

export function startSetup(db: Db, userId: number, now: number) {
  const user = securityUser(db, userId);
  if (user.totp_secret) {
    throw new ApiError(409, 'totp_enabled', {
      detail: 'Two-factor sign-in is on already; turn it off first.',
    });
  }
  const secret = newTotpSecret();
  const until = now + TOTP_SETUP_SECONDS * 1000;
  db.prepare('UPDATE users SET totp_pending_secret = ?, totp_pending_until = ? WHERE id = ?').run(
    secret,
    until,
    userId,
  );
  return {
    secret,
    otpauthUri: totpUri(secret, user.email),
    expiresAt: new Date(until).toISOString(),
  };
}

/** Turns it on with a code of the pending secret; the recovery codes, shown this once. */
export async function confirmSetup(
  db: Db,
  userId: number,
  code: string,
  now: number,
): Promise<string[]> {
  const user = securityUser(db, userId);
  if (user.totp_secret) throw new ApiError(409, 'totp_enabled');
  if (!user.totp_pending_secret || (user.totp_pending_until ?? 0) <= now) {
    throw new ApiError(409, 'totp_setup_missing', {
      detail: 'Start the setup again: no secret is waiting to be confirmed.',
    });
  }
  const check = checkTotp(user.totp_pending_secret, code.trim(), now, null);
  if (!check.ok) throw invalidCode();
  const codes = await issueRecoveryCodes(db, userId, now);
  db.prepare(
    `UPDATE users SET totp_secret = totp_pending_secret, totp_last_step = ?,
       totp_pending_secret = NULL, totp_pending_until = NULL WHERE id = ?`,
  ).run(check.step, userId);
  bumpSecurityVersion(db, userId);
  return codes;
}

/** A current TOTP code or a recovery code proves the authenticator (or its paper) is at hand. */
async function assertSecondFactor(db: Db, user: UserRow, code: string, now: number) {
  if (!user.totp_secret) {
    throw new ApiError(409, 'totp_disabled', { detail: 'Two-factor sign-in is off.' });
  }
  assertNotLocked(db, user.id, now);
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const check = checkTotp(user.totp_secret, trimmed, now, user.totp_last_step);
    if (check.ok) {
      db.prepare('UPDATE users SET totp_last_step = ? WHERE id = ?').run(check.step, user.id);
      return;
    }
  } else if ((await redeemRecoveryCode(db, user.id, trimmed, now)) !== null) {
    return;
  }
  // guessing codes here counts as guessing them at sign-in
  recordFailure(db, user.id, now);
  throw invalidCode();
}

export async function disableTotp(db: Db, userId: number, code: string, now: number) {
  const user = securityUser(db, userId);
  await assertSecondFactor(db, user, code, now);
  db.transaction(() => {
    db.prepare(
      `UPDATE users SET totp_secret = NULL, totp_last_step = NULL, totp_pending_secret = NULL,
         totp_pending_until = NULL WHERE id = ?`,
    ).run(userId);
    deleteRecoveryCodes(db, userId);
    bumpSecurityVersion(db, userId);
  })();
}

export async function regenerateCodes(db: Db, userId: number, now: number): Promise<string[]> {
  const user = securityUser(db, userId);
  if (!user.totp_secret) {
    throw new ApiError(409, 'totp_disabled', { detail: 'Two-factor sign-in is off.' });
  }
  const codes = await issueRecoveryCodes(db, userId, now);
  bumpSecurityVersion(db, userId);
  return codes;
}
