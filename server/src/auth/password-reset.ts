/** Password forgotten: reset tokens (hashed, 1 h, single use) and the German reset mail. */
import type { AppContext } from '../context';
import { enqueueMail } from '../mail/outbox';
import { ApiError } from '../problem';
import { newToken, revokeUserSessions, sha256 } from './tokens';
import { findUserByEmail, recordSuccess, setPasswordHash, type UserRow } from './users';

export const RESET_TOKEN_TTL_SECONDS = 60 * 60;
export const RESET_LINK_BASE = 'kundencenter://reset-password?token=';

function resetMail(name: string, token: string): { subject: string; text: string } {
  const link = RESET_LINK_BASE + encodeURIComponent(token);
  return {
    subject: 'Ihr Passwort für das Kundencenter zurücksetzen',
    text: [
      `Hallo ${name},`,
      '',
      'Sie haben angefordert, Ihr Passwort für das Kundencenter zurückzusetzen.',
      'Öffnen Sie diesen Link, um ein neues Passwort festzulegen:',
      '',
      link,
      '',
      'Falls sich der Link nicht öffnen lässt, geben Sie in Kundencenter Desktop diesen Code ein:',
      '',
      token,
      '',
      'Der Link ist eine Stunde gültig und kann nur einmal verwendet werden.',
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
      '',
      'Ihr Kundencenter-Team',
    ].join('\n'),
  };
}

/** Always does the same work (a token and its hash), so both answers take about as long. */
export function requestPasswordReset(ctx: AppContext, email: string): void {
  const { token, hash } = newToken();
  const user = findUserByEmail(ctx.db, email);
  if (!user) return;
  const now = ctx.now();
  const customer = ctx.db
    .prepare('SELECT first_name, last_name FROM customers WHERE id = ?')
    .get(user.customer_id) as { first_name: string; last_name: string } | undefined;
  const name = customer ? `${customer.first_name} ${customer.last_name}` : user.email;
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        'INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(hash, user.id, now, now + RESET_TOKEN_TTL_SECONDS * 1000);
    enqueueMail(ctx.db, { to: user.email, ...resetMail(name, token) }, now);
  })();
}

/** The user a live reset token belongs to; 400 reset_token_invalid otherwise. */
export function userForResetToken(ctx: AppContext, token: string): UserRow {
  const row = ctx.db
    .prepare(
      `SELECT u.*, r.expires_at AS reset_expires_at, r.used_at AS reset_used_at
       FROM password_resets r JOIN users u ON u.id = r.user_id WHERE r.token_hash = ?`,
    )
    .get(sha256(token)) as
    (UserRow & { reset_expires_at: number; reset_used_at: number | null }) | undefined;
  if (!row || row.reset_used_at !== null || row.reset_expires_at <= ctx.now()) {
    throw new ApiError(400, 'reset_token_invalid', {
      detail: 'The link is unknown, expired or already used. Request a new one.',
    });
  }
  return row;
}

/**
 * Sets the new password: uses up the token (and every other open one of the user), ends
 * all sessions and clears the lockout. Throws reset_token_invalid if the token was used
 * while the new password was being hashed.
 */
export function completePasswordReset(
  ctx: AppContext,
  token: string,
  userId: number,
  passwordHash: string,
): void {
  const now = ctx.now();
  ctx.db.transaction(() => {
    const used = ctx.db
      .prepare(
        'UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
      )
      .run(now, sha256(token), now);
    if (used.changes !== 1) throw new ApiError(400, 'reset_token_invalid');
    ctx.db
      .prepare('UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL')
      .run(now, userId);
    setPasswordHash(ctx.db, userId, passwordHash);
    recordSuccess(ctx.db, userId);
    revokeUserSessions(ctx.db, userId, 'password_reset', now);
  })();
}
