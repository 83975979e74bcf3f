/**
 * Registration: a login, an empty customer account (unverified) and the owner membership,
 * then a confirmation mail with a token (hashed, 48 h, single use). An address that has an
 * account already gets a "you have an account" mail instead, and the answer is the same (202),
 * so nobody learns which addresses have an account.
 */
import type { AppContext } from '../context';
import type { Db } from '../db';
import { enqueueMail } from '../mail/outbox';
import { ApiError } from '../problem';
import { hashPassword } from './password';
import { assertStrongPassword } from './password-strength';
import { newToken, sha256 } from './tokens';
import { findUserByEmail, normalizeEmail } from './users';

export const CONFIRM_TOKEN_TTL_SECONDS = 48 * 60 * 60;
export const CONFIRM_LINK_BASE = 'kundencenter://verify-email?token=';
export const CONFIRM_PREFIX = 'kce_';

/** the rule every new password meets (registration, invitation, reset, change) */
export { assertStrongPassword };

function confirmMail(token: string) {
  const link = CONFIRM_LINK_BASE + encodeURIComponent(token);
  return {
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    text: [
      'Hallo,',
      '',
      'willkommen im Kundencenter! Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:',
      '',
      link,
      '',
      'Falls sich der Link nicht öffnen lässt, geben Sie in Kundencenter Desktop diesen Code ein:',
      '',
      token,
      '',
      'Der Link ist 48 Stunden gültig und kann nur einmal verwendet werden.',
      'Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.',
      '',
      'Ihr Kundencenter-Team',
    ].join('\n'),
  };
}

const EXISTING_MAIL = {
  subject: 'Sie haben bereits ein Konto im Kundencenter',
  text: [
    'Hallo,',
    '',
    'jemand wollte mit dieser E-Mail-Adresse ein neues Konto im Kundencenter anlegen.',
    'Sie haben bereits ein Konto: Melden Sie sich einfach an. Falls Sie Ihr Passwort',
    'vergessen haben, wählen Sie bei der Anmeldung „Passwort vergessen“.',
    '',
    'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; an Ihrem Konto ändert sich nichts.',
    '',
    'Ihr Kundencenter-Team',
  ].join('\n'),
};

/** The next free customer number K-NNNNNN. */
function nextCustomerNumber(db: Db): string {
  const row = db
    .prepare(
      `SELECT MAX(CAST(SUBSTR(customer_number, 3) AS INTEGER)) AS n FROM customers
       WHERE customer_number GLOB 'K-[0-9]*'`,
    )
    .get() as { n: number | null };
  return `K-${Math.max(row.n ?? 100000, 100000) + 1}`;
}

function issueConfirmation(ctx: AppContext, userId: number, email: string): void {
  const { token, hash } = newToken(CONFIRM_PREFIX);
  const now = ctx.now();
  ctx.db
    .prepare(
      `INSERT INTO email_confirmations (token_hash, user_id, created_at, expires_at)
       VALUES (?, ?, ?, ?)`,
    )
    .run(hash, userId, now, now + CONFIRM_TOKEN_TTL_SECONDS * 1000);
  enqueueMail(ctx.db, { to: email, ...confirmMail(token) }, now);
}

export async function register(ctx: AppContext, rawEmail: string, password: string) {
  const email = normalizeEmail(rawEmail);
  assertStrongPassword(password, email);
  // hashed for every address, so both answers take about as long
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  ctx.db
    .transaction(() => {
      const existing = findUserByEmail(ctx.db, email);
      if (existing) {
        if (existing.email_unconfirmed_since !== null) issueConfirmation(ctx, existing.id, email);
        else enqueueMail(ctx.db, { to: email, ...EXISTING_MAIL }, now);
        return;
      }
      const customer = ctx.db
        .prepare(
          `INSERT INTO customers (customer_number, kind, first_name, last_name, company, email,
             phone, street, postal_code, city, country, vat_id, verification_status,
             created_at, updated_at)
           VALUES (?, 'person', '', '', NULL, ?, NULL, '', '', '', 'DE', NULL, 'unverified', ?, ?)`,
        )
        .run(nextCustomerNumber(ctx.db), email, now, now);
      // the users_home_membership trigger makes the user the owner of the new account
      const user = ctx.db
        .prepare(
          `INSERT INTO users (customer_id, email, password_hash, created_at,
             email_unconfirmed_since) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(customer.lastInsertRowid, email, passwordHash, now, now);
      issueConfirmation(ctx, Number(user.lastInsertRowid), email);
    })
    .immediate();
}

/** Confirms the address of the token's user: 400 verify_token_invalid when expired or used. */
export function verifyEmail(
  ctx: AppContext,
  token: string,
): { userId: number; customerId: number } {
  const now = ctx.now();
  const result = ctx.db.transaction(() => {
    const row = ctx.db
      .prepare('SELECT user_id, expires_at, used_at FROM email_confirmations WHERE token_hash = ?')
      .get(sha256(token)) as
      { user_id: number; expires_at: number; used_at: number | null } | undefined;
    if (!row || row.used_at !== null || row.expires_at <= now) return null;
    ctx.db
      .prepare('UPDATE email_confirmations SET used_at = ? WHERE token_hash = ?')
      .run(now, sha256(token));
    ctx.db.prepare('UPDATE users SET email_unconfirmed_since = NULL WHERE id = ?').run(row.user_id);
    const user = ctx.db.prepare('SELECT customer_id FROM users WHERE id = ?').get(row.user_id) as {
      customer_id: number;
    };
    return { userId: row.user_id, customerId: user.customer_id };
  })();
  if (!result) {
    throw new ApiError(400, 'verify_token_invalid', {
      detail: 'The confirmation link has expired or was used already.',
    });
  }
  return result;
}
