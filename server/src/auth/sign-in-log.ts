/** The sign-in history of an account ("Anmeldeverlauf"): every attempt that reached it. */
import type { Db } from '../db';

export type SignInOutcome = 'success' | 'failure' | 'locked';
export type SignInMethod = 'password' | 'totp' | 'recovery_code';

/** How many attempts the history shows, and how many are kept per account. */
export const SIGN_IN_HISTORY = 50;
const KEEP = 100;

export function recordSignIn(
  db: Db,
  entry: {
    userId: number;
    outcome: SignInOutcome;
    method: SignInMethod;
    deviceName: string | null;
    at: number;
  },
): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO sign_in_attempts (user_id, at, outcome, method, device_name)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(entry.userId, entry.at, entry.outcome, entry.method, entry.deviceName);
    db.prepare(
      `DELETE FROM sign_in_attempts WHERE user_id = ? AND id NOT IN
         (SELECT id FROM sign_in_attempts WHERE user_id = ? ORDER BY id DESC LIMIT ?)`,
    ).run(entry.userId, entry.userId, KEEP);
  })();
}
