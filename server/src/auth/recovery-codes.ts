/**
 * Recovery codes: 10 single-use codes that stand in for the TOTP code when the authenticator
 * is lost. Shown once; stored only as scrypt hashes (cheap parameters: a code has ~59 random
 * bits, so its hash need not slow guessing the way a password's must, and checking a code
 * tries up to ten hashes). Each works once.
 */
import { randomInt } from 'node:crypto';
import type { Db } from '../db';
import { hashPassword, verifyPassword, type ScryptParams } from './password';

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_PARAMS: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };
/** no 0/O, 1/I/L, U: nothing to misread when typed from paper */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** `XXXX-XXXX-XXXX`, as shown and as typed (dashes, spaces and case do not matter). */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** The form that is hashed: upper case, without separators. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** Replaces every code of the user with new ones; answers them (the only time they are seen). */
export async function issueRecoveryCodes(db: Db, userId: number, now: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(
    codes.map((code) => hashPassword(normalizeRecoveryCode(code), RECOVERY_PARAMS)),
  );
  db.transaction(() => {
    db.prepare('DELETE FROM recovery_codes WHERE user_id = ?').run(userId);
    const insert = db.prepare(
      'INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)',
    );
    for (const hash of hashes) insert.run(userId, hash, now);
  })();
  return codes;
}

export function recoveryCodesLeft(db: Db, userId: number): number {
  return (
    db
      .prepare('SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = ? AND used_at IS NULL')
      .get(userId) as { n: number }
  ).n;
}

export function deleteRecoveryCodes(db: Db, userId: number): void {
  db.prepare('DELETE FROM recovery_codes WHERE user_id = ?').run(userId);
}

/**
 * Uses up the code if it is one of the user's unused ones: the codes left afterwards, or null
 * when it is none of them (or was used meanwhile by a parallel attempt).
 */
export async function redeemRecoveryCode(
  db: Db,
  userId: number,
  code: string,
  now: number,
): Promise<number | null> {
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length !== GROUPS * GROUP_LENGTH) return null;
  const rows = db
    .prepare('SELECT id, code_hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL')
    .all(userId) as { id: number; code_hash: string }[];
  for (const row of rows) {
    if (!(await verifyPassword(normalized, row.code_hash))) continue;
    const used = db
      .prepare('UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL')
      .run(now, row.id);
    return used.changes === 1 ? recoveryCodesLeft(db, userId) : null;
  }
  return null;
}
