/**
 * Sessions and their opaque tokens. A session is one sign-in; its refresh tokens rotate on
 * every use, and presenting a used one again revokes the whole session (reuse detection).
 * Only sha256 hashes of tokens are stored.
 *
 * One exception keeps honest clients signed in on flaky networks: when the answer to a
 * rotation was lost (the connection dropped, the app was killed), the client still holds the
 * old token and will present it again. If that happens within ROTATION_OVERLAP_MS and neither
 * token of the new pair was ever used, the client evidently never received it: the lost pair
 * is retired and a fresh one issued. Any use of the new pair, or a later replay, is treated as
 * theft as before. (Okta and Auth0 offer the same as a "grace period"/"overlap period".)
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import type { Db } from '../db';
import { ApiError } from '../problem';
import { ApiProblem, startCustomer } from './rights';

export const ACCESS_PREFIX = 'kca_';
export const REFRESH_PREFIX = 'kcr_';
export const MFA_PREFIX = 'kcm_';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** 32 random bytes, base64url, with an optional prefix telling what kind of token it is. */
export function newToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export const ROTATION_OVERLAP_MS = 30_000;

interface IssuedPair extends TokenPair {
  refreshHash: string;
  accessHash: string;
}

function issueTokens(ctx: AppContext, sessionId: string): IssuedPair {
  const now = ctx.now();
  const access = newToken(ACCESS_PREFIX);
  const refresh = newToken(REFRESH_PREFIX);
  ctx.db
    .prepare('INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)')
    .run(access.hash, sessionId, now + ctx.accessTtlSeconds * 1000);
  ctx.db
    .prepare(
      'INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    )
    .run(refresh.hash, sessionId, now, now + ctx.refreshTtlSeconds * 1000);
  return {
    accessToken: access.token,
    refreshToken: refresh.token,
    expiresIn: ctx.accessTtlSeconds,
    refreshHash: refresh.hash,
    accessHash: access.hash,
  };
}

function publicPair({ accessToken, refreshToken, expiresIn }: IssuedPair): TokenPair {
  return { accessToken, refreshToken, expiresIn };
}

/** What the app calls itself ("Kundencenter Desktop · Linux"): trimmed, control characters out. */
export function cleanDeviceName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, 100);
  return name === '' ? null : name;
}

/** The device name of a session (a switched-to account's session carries it on). */
export function deviceNameOf(db: Db, sessionId: string): string | null {
  const row = db.prepare('SELECT device_name FROM sessions WHERE id = ?').get(sessionId) as
    { device_name: string | null } | undefined;
  return row?.device_name ?? null;
}

/**
 * Starts a session (a new token family) for the user in a customer account: the given one
 * (switching), else the home account (users.customer_id) or, without a membership there, any
 * other; 403 `no_membership` when the user belongs to no customer account at all.
 */
export function createSession(
  ctx: AppContext,
  userId: number,
  customerId?: number,
  deviceName: string | null = null,
): TokenPair {
  return ctx.db.transaction(() => {
    const home = ctx.db.prepare('SELECT customer_id FROM users WHERE id = ?').get(userId) as
      { customer_id: number } | undefined;
    const customer = customerId ?? (home ? startCustomer(ctx.db, userId, home.customer_id) : null);
    if (customer === null) throw new ApiError(403, 'no_membership');
    const id = randomUUID();
    ctx.db
      .prepare(
        `INSERT INTO sessions (id, user_id, customer_id, created_at, last_used_at, device_name)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, userId, customer, ctx.now(), ctx.now(), deviceName);
    return publicPair(issueTokens(ctx, id));
  })();
}

export type RevokeReason =
  | 'logout'
  | 'logout_all'
  | 'refresh_reuse'
  | 'password_reset'
  /** "Angemeldete Geräte": ended from another session of the user */
  | 'ended_elsewhere'
  | 'password_changed';

/**
 * What a client whose session was revoked is told at its next refresh (`reason` of
 * refresh_token_invalid), so the app can say why it is signed out.
 */
export type PublicEndReason = 'signed_out' | 'ended_elsewhere' | 'password_changed' | 'reused';

const PUBLIC_REASON: Record<string, PublicEndReason> = {
  logout: 'signed_out',
  logout_all: 'ended_elsewhere',
  ended_elsewhere: 'ended_elsewhere',
  password_reset: 'password_changed',
  password_changed: 'password_changed',
  refresh_reuse: 'reused',
};

export function revokeSession(db: Db, sessionId: string, reason: RevokeReason, now: number) {
  db.prepare(
    'UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL',
  ).run(now, reason, sessionId);
}

export function revokeUserSessions(db: Db, userId: number, reason: RevokeReason, now: number) {
  db.prepare(
    'UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL',
  ).run(now, reason, userId);
}

/** Every session of the user but one (this device stays signed in); how many ended. */
export function revokeOtherSessions(
  db: Db,
  userId: number,
  keepSessionId: string,
  reason: RevokeReason,
  now: number,
): number {
  return db
    .prepare(
      `UPDATE sessions SET revoked_at = ?, revoked_reason = ?
       WHERE user_id = ? AND id <> ? AND revoked_at IS NULL`,
    )
    .run(now, reason, userId, keepSessionId).changes;
}

interface RefreshRow {
  token_hash: string;
  session_id: string;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
  revoked_reason: string | null;
  successor_refresh_hash: string | null;
  successor_access_hash: string | null;
}

function findRefresh(db: Db, token: string): RefreshRow | undefined {
  return db
    .prepare(
      `SELECT r.token_hash, r.session_id, r.expires_at, r.used_at, s.revoked_at,
              s.revoked_reason, r.successor_refresh_hash, r.successor_access_hash
       FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE r.token_hash = ?`,
    )
    .get(sha256(token)) as RefreshRow | undefined;
}

/** Swaps a refresh token for a new pair; a second use of the same token ends the session. */
export function rotateRefreshToken(ctx: AppContext, refreshToken: string): TokenPair {
  const now = ctx.now();
  const outcome = ctx.db.transaction((): TokenPair | ApiError => {
    const row = findRefresh(ctx.db, refreshToken);
    if (row && row.revoked_at !== null) {
      // the holder of the token may learn why its session ended, so the app can say it
      const reason = PUBLIC_REASON[row.revoked_reason ?? ''] ?? 'signed_out';
      return new ApiProblem(401, 'refresh_token_invalid', { reason });
    }
    if (!row || row.expires_at <= now) {
      return new ApiError(401, 'refresh_token_invalid');
    }
    if (row.used_at !== null) {
      if (lostRotationAnswer(ctx.db, row, now)) {
        // retire the pair the client never saw; presenting it later counts as reuse
        ctx.db
          .prepare('UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?')
          .run(now, row.successor_refresh_hash);
        ctx.db
          .prepare('UPDATE access_tokens SET expires_at = ? WHERE token_hash = ?')
          .run(now, row.successor_access_hash);
        return rotate(ctx, row);
      }
      revokeSession(ctx.db, row.session_id, 'refresh_reuse', now);
      return new ApiError(401, 'refresh_token_reused', {
        detail: 'This refresh token was already used; the session has been ended.',
      });
    }
    return rotate(ctx, row);
  })();
  // thrown outside the transaction: the revocation on reuse must be committed
  if (outcome instanceof ApiError) throw outcome;
  return outcome;
}

function rotate(ctx: AppContext, row: RefreshRow): TokenPair {
  const pair = issueTokens(ctx, row.session_id);
  ctx.db
    .prepare('UPDATE sessions SET last_used_at = ? WHERE id = ?')
    .run(ctx.now(), row.session_id);
  ctx.db
    .prepare(
      `UPDATE refresh_tokens SET used_at = ?, successor_refresh_hash = ?, successor_access_hash = ?
       WHERE token_hash = ?`,
    )
    .run(ctx.now(), pair.refreshHash, pair.accessHash, row.token_hash);
  return publicPair(pair);
}

/** True when the pair issued for this (used) token was never received: see the file comment. */
function lostRotationAnswer(db: Db, row: RefreshRow, now: number): boolean {
  if (row.used_at === null || now - row.used_at > ROTATION_OVERLAP_MS) return false;
  if (!row.successor_refresh_hash || !row.successor_access_hash) return false;
  const refresh = db
    .prepare('SELECT used_at FROM refresh_tokens WHERE token_hash = ?')
    .get(row.successor_refresh_hash) as { used_at: number | null } | undefined;
  const access = db
    .prepare('SELECT first_used_at FROM access_tokens WHERE token_hash = ?')
    .get(row.successor_access_hash) as { first_used_at: number | null } | undefined;
  return refresh?.used_at === null && access?.first_used_at === null;
}

/** Ends the session the refresh token belongs to (used or not); unknown tokens are ignored. */
export function logoutByRefreshToken(ctx: AppContext, refreshToken: string): void {
  const row = findRefresh(ctx.db, refreshToken);
  if (row) revokeSession(ctx.db, row.session_id, 'logout', ctx.now());
}

export function setStepUp(db: Db, sessionId: string, until: number): void {
  db.prepare('UPDATE sessions SET step_up_until = ? WHERE id = ?').run(until, sessionId);
}

// --- the second sign-in step ---------------------------------------------------------------

export const MFA_TOKEN_TTL_SECONDS = 5 * 60;

export function createMfaChallenge(
  ctx: AppContext,
  userId: number,
  deviceName: string | null = null,
): string {
  const { token, hash } = newToken(MFA_PREFIX);
  ctx.db
    .prepare(
      'INSERT INTO mfa_challenges (token_hash, user_id, expires_at, device_name) VALUES (?, ?, ?, ?)',
    )
    .run(hash, userId, ctx.now() + MFA_TOKEN_TTL_SECONDS * 1000, deviceName);
  return token;
}

/** The user of a live (known, unexpired, unused) challenge, or null. */
export function findMfaChallenge(
  ctx: AppContext,
  mfaToken: string,
): { userId: number; deviceName: string | null } | null {
  const row = ctx.db
    .prepare(
      'SELECT user_id, expires_at, used_at, device_name FROM mfa_challenges WHERE token_hash = ?',
    )
    .get(sha256(mfaToken)) as
    | { user_id: number; expires_at: number; used_at: number | null; device_name: string | null }
    | undefined;
  if (!row || row.used_at !== null || row.expires_at <= ctx.now()) return null;
  return { userId: row.user_id, deviceName: row.device_name };
}

/** Marks the challenge used; false when it was used meanwhile. */
export function consumeMfaChallenge(ctx: AppContext, mfaToken: string): boolean {
  const info = ctx.db
    .prepare('UPDATE mfa_challenges SET used_at = ? WHERE token_hash = ? AND used_at IS NULL')
    .run(ctx.now(), sha256(mfaToken));
  return info.changes === 1;
}
