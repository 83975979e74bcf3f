/** Handlers of the auth operations (tag `auth` in openapi.yaml). */
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { getAuth } from './bearer';
import { passwordWeakness } from './password-strength';
import { hashPassword, verifyPassword } from './password';
import { completePasswordReset, requestPasswordReset, userForResetToken } from './password-reset';
import { checkTotp } from './totp';
import {
  consumeMfaChallenge,
  createMfaChallenge,
  createSession,
  findMfaChallenge,
  logoutByRefreshToken,
  MFA_TOKEN_TTL_SECONDS,
  revokeUserSessions,
  rotateRefreshToken,
  setStepUp,
} from './tokens';
import {
  assertNotLocked,
  findUserByEmail,
  findUserById,
  recordFailure,
  recordSuccess,
  type UserRow,
} from './users';

export const STEP_UP_SECONDS = 5 * 60;

/**
 * Checks the password of a user under the lockout: 423 while locked (even for the right
 * password, checked again after the slow hash in case parallel attempts locked it meanwhile),
 * 401 wrong_password counted as a failure.
 */
async function checkPasswordLocked(ctx: AppContext, user: UserRow, password: string) {
  assertNotLocked(ctx.db, user.id, ctx.now());
  const ok = await verifyPassword(password, user.password_hash);
  assertNotLocked(ctx.db, user.id, ctx.now());
  if (!ok) {
    recordFailure(ctx.db, user.id, ctx.now());
    throw new ApiError(401, 'wrong_password');
  }
}

export function authHandlers(ctx: AppContext) {
  const login: Handler<'login'> = async (request) => {
    const { email, password } = request.body;
    const user = findUserByEmail(ctx.db, email);
    // The product owner wants a distinct answer for an unknown address (see README).
    if (!user) throw new ApiError(401, 'unknown_user');
    await checkPasswordLocked(ctx, user, password);
    // only after the password: the address's owner learns it, nobody else
    if (user.email_unconfirmed_since !== null) {
      throw new ApiError(403, 'email_unconfirmed', {
        detail: 'Confirm the e-mail address first with the link or code from our mail.',
      });
    }
    if (user.totp_secret) {
      // the counter is reset only after the second factor, or it would reset TOTP guessing
      return {
        status: 'mfaRequired',
        mfaToken: createMfaChallenge(ctx, user.id),
        expiresIn: MFA_TOKEN_TTL_SECONDS,
      } as const;
    }
    recordSuccess(ctx.db, user.id);
    return { status: 'ok', ...createSession(ctx, user.id) } as const;
  };

  const verifyMfa: Handler<'verifyMfa'> = (request) => {
    const { mfaToken, code } = request.body;
    const challenge = findMfaChallenge(ctx, mfaToken);
    if (!challenge) throw new ApiError(401, 'mfa_token_invalid');
    const now = ctx.now();
    assertNotLocked(ctx.db, challenge.userId, now);
    const user = findUserById(ctx.db, challenge.userId);
    if (!user?.totp_secret) throw new ApiError(401, 'mfa_token_invalid');
    const check = checkTotp(user.totp_secret, code, now, user.totp_last_step);
    if (!check.ok) {
      recordFailure(ctx.db, user.id, now);
      throw new ApiError(401, check.reason === 'reused' ? 'mfa_code_reused' : 'mfa_invalid_code');
    }
    const tokens = ctx.db.transaction(() => {
      if (!consumeMfaChallenge(ctx, mfaToken)) return null;
      ctx.db.prepare('UPDATE users SET totp_last_step = ? WHERE id = ?').run(check.step, user.id);
      recordSuccess(ctx.db, user.id);
      return createSession(ctx, user.id);
    })();
    if (!tokens) throw new ApiError(401, 'mfa_token_invalid');
    return { status: 'ok', ...tokens } as const;
  };

  const refreshTokens: Handler<'refreshTokens'> = (request) =>
    rotateRefreshToken(ctx, request.body.refreshToken);

  const logout: Handler<'logout'> = (request, reply) => {
    logoutByRefreshToken(ctx, request.body.refreshToken);
    return reply.code(204).send();
  };

  /** "Überall abmelden": every session of this user, on every device, this one included. */
  const logoutAll: Handler<'logoutAll'> = (request, reply) => {
    revokeUserSessions(ctx.db, getAuth(request).userId, 'logout_all', ctx.now());
    return reply.code(204).send();
  };

  const forgotPassword: Handler<'forgotPassword'> = (request, reply) => {
    requestPasswordReset(ctx, request.body.email);
    reply.code(202);
    return {};
  };

  const resetPassword: Handler<'resetPassword'> = async (request, reply) => {
    const { token, password } = request.body;
    const user = userForResetToken(ctx, token);
    if (passwordWeakness(password, user.email)) {
      throw new ApiError(422, 'weak_password', {
        detail: 'At least 10 characters of two kinds (letters, digits, symbols); not the e-mail.',
        errors: [{ field: 'password', code: 'weak_password' }],
      });
    }
    completePasswordReset(ctx, token, user.id, await hashPassword(password));
    return reply.code(204).send();
  };

  const reauth: Handler<'reauth'> = async (request) => {
    const auth = getAuth(request);
    const user = findUserById(ctx.db, auth.userId);
    if (!user) throw new ApiError(401, 'unauthorized');
    await checkPasswordLocked(ctx, user, request.body.password);
    recordSuccess(ctx.db, user.id);
    const until = ctx.now() + STEP_UP_SECONDS * 1000;
    setStepUp(ctx.db, auth.sessionId, until);
    return { stepUpUntil: new Date(until).toISOString() };
  };

  return {
    login,
    verifyMfa,
    refreshTokens,
    logout,
    logoutAll,
    forgotPassword,
    resetPassword,
    reauth,
  };
}
