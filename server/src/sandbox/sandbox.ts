/**
 * What the provider's staff and mail server would do, for tests and manual trials. Shared by
 * the sandbox endpoints and the CLI, which work on the same database.
 */
import { loadAccount, patchAccount, type AccountPatch } from '../account/account';
import { findUserByEmail } from '../auth/users';
import { totpCode } from '../auth/totp';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import type { Account } from '../../../src/shared/domain';
import type { Verification } from '../../../src/shared/team/types';
import { decideVerification } from '../team/verification';

export function sandboxTotp(db: Db, email: string, now: number) {
  const user = findUserByEmail(db, email);
  if (!user?.totp_secret) return null;
  return { code: totpCode(user.totp_secret, now), secret: user.totp_secret };
}

/** Changes the user's customer account and records an `account` change for sync. */
export function sandboxPatchAccount(
  db: Db,
  email: string,
  patch: AccountPatch,
  now: number,
): Account | null {
  const user = findUserByEmail(db, email);
  if (!user) return null;
  return db.transaction(() => {
    patchAccount(db, user.customer_id, patch, now);
    const account = loadAccount(db, user.customer_id);
    if (account)
      recordChange(db, user.customer_id, 'account', account.customerNumber, 'upsert', now);
    return account;
  })();
}

/** The provider's decision on the verification of the user's home customer account. */
export function sandboxVerify(
  db: Db,
  email: string,
  decision: 'approve' | 'reject',
  reason: string | null,
  now: number,
): Verification | null {
  const user = findUserByEmail(db, email);
  if (!user) return null;
  return decideVerification(db, user.customer_id, decision, reason, now);
}
