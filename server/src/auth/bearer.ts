/**
 * Bearer authentication for the routes whose operation has `security: [bearerAuth: []]`.
 * The loader attaches `requireAuth` from the spec; handlers read the result with getAuth().
 * A session works in one customer account (sessions.customer_id); the user's membership there
 * gives the rights, and `requireAuth` checks the right the operation declares (`x-kc-right`).
 */
import type { FastifyRequest } from 'fastify';
import { RIGHT_NONE } from '../openapi/rights';
import { ApiError } from '../problem';
import type { AuthInfo } from './auth-info';
import { effectiveRights, forbidden } from './rights';
import { sha256 } from './tokens';

const INVALID = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1] ?? null;
}

interface AccessRow {
  session_id: string;
  expires_at: number;
  user_id: number;
  revoked_at: number | null;
  step_up_until: number | null;
  customer_id: number;
  email: string;
  owner: number | null;
  rights: string | null;
}

/** Checks the bearer token: 401 unauthorized / token_expired / session_revoked. */
export function authenticate(request: FastifyRequest): AuthInfo {
  const ctx = request.server.kc;
  const token = bearerToken(request);
  if (!token)
    throw new ApiError(401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  const row = ctx.db
    .prepare(
      `SELECT a.session_id, a.expires_at, s.user_id, s.revoked_at, s.step_up_until,
              COALESCE(s.customer_id, u.customer_id) AS customer_id, u.email, m.owner, m.rights
       FROM access_tokens a
       JOIN sessions s ON s.id = a.session_id
       JOIN users u ON u.id = s.user_id
       LEFT JOIN memberships m
         ON m.user_id = s.user_id AND m.customer_id = COALESCE(s.customer_id, u.customer_id)
       WHERE a.token_hash = ?`,
    )
    .get(sha256(token)) as AccessRow | undefined;
  if (!row) throw new ApiError(401, 'unauthorized', { headers: INVALID });
  if (row.revoked_at !== null) throw new ApiError(401, 'session_revoked', { headers: INVALID });
  const now = ctx.now();
  if (row.expires_at <= now) throw new ApiError(401, 'token_expired', { headers: INVALID });
  // removed from the customer account: the session ends with the membership
  if (row.owner === null) throw new ApiError(401, 'session_revoked', { headers: INVALID });
  // the first use proves the client received this pair (see rotateRefreshToken)
  ctx.db
    .prepare(
      'UPDATE access_tokens SET first_used_at = ? WHERE token_hash = ? AND first_used_at IS NULL',
    )
    .run(now, sha256(token));
  return {
    userId: row.user_id,
    customerId: row.customer_id,
    owner: row.owner === 1,
    rights: effectiveRights(row.owner === 1, row.rights ?? '[]'),
    email: row.email,
    sessionId: row.session_id,
    stepUpUntil: row.step_up_until,
    authenticatedAt: now,
  };
}

/** 403 forbidden (with `right`) unless the user has the right ('none': membership is enough). */
export function requireRight(auth: AuthInfo, right: string | null | undefined): void {
  if (!right || right === RIGHT_NONE) return;
  if (!(auth.rights as string[]).includes(right)) throw forbidden(right);
}

/**
 * The hook for bearer-protected routes; the loader adds it to every operation with
 * `security: [bearerAuth: []]` and the route's config carries the operation's right, checked
 * here right after authenticating. A hand-made route can use `{ preHandler: requireAuth }`.
 */
export function requireAuth(request: FastifyRequest): Promise<void> {
  try {
    const auth = authenticate(request);
    request.auth = auth;
    requireRight(auth, request.routeOptions.config.kc?.right);
    return Promise.resolve();
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** The authenticated user of this request; only valid on routes with bearer security. */
export function getAuth(request: FastifyRequest): AuthInfo {
  if (!request.auth) throw new ApiError(401, 'unauthorized');
  return request.auth;
}

/** For sensitive actions: 403 step_up_required unless the password was confirmed recently. */
export function requireStepUp(request: FastifyRequest): AuthInfo {
  const auth = getAuth(request);
  if (auth.stepUpUntil === null || auth.stepUpUntil <= auth.authenticatedAt) {
    throw new ApiError(403, 'step_up_required', {
      detail: 'Confirm your password with POST /v1/auth/reauth first.',
    });
  }
  return auth;
}
