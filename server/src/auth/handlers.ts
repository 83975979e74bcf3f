/** Handlers of the auth operations (tag `auth` in openapi.yaml). */
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { refuseUnknownAddress } from './address-throttle';
import { getAuth } from './bearer';
import { assertStrongPassword } from './password-strength';
import { hashPassword, verifyPassword } from './password';
import { completePasswordReset, requestPasswordReset, userForResetToken } from './password-reset';
import { redeemRecoveryCode } from './recovery-codes';
import { recordSignIn, type SignInMethod } from './sign-in-log';
import { checkTotp } from './totp';
import {
  cleanDeviceName,
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

/** A sign-in attempt refused for this reason, as the history shows it. */
function outcomeOf(error: unknown): 'failure' | 'locked' {
  return error instanceof ApiError && error.code === 'account_locked' ? 'locked' : 'failure';
}

export function authHandlers(ctx: AppContext) {
  const log = (userId: number, method: SignInMethod, deviceName: string | null) => ({
    success: () =>
      recordSignIn(ctx.db, { userId, outcome: 'success', method, deviceName, at: ctx.now() }),
    refused: (error: unknown) =>
      recordSignIn(ctx.db, {
        userId,
        outcome: outcomeOf(error),
        method,
        deviceName,
        at: ctx.now(),
      }),
  });

  const login: Handler<'login'> = async (request) => {
    const { email, password } = request.body;
    const deviceName = cleanDeviceName(request.body.deviceName);
    const user = findUserByEmail(ctx.db, email);
    // the same answer, work and lockout as a wrong password: nobody learns who has an account
    if (!user) return refuseUnknownAddress(ctx.db, email, password, ctx.now);
    const history = log(user.id, 'password', deviceName);
    try {
      await checkPasswordLocked(ctx, user, password);
    } catch (error) {
      history.refused(error);
      throw error;
    }
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
        mfaToken: createMfaChallenge(ctx, user.id, deviceName),
        expiresIn: MFA_TOKEN_TTL_SECONDS,
      } as const;
    }
    recordSuccess(ctx.db, user.id);
    history.success();
    return { status: 'ok', ...createSession(ctx, user.id, undefined, deviceName) } as const;
  };

  /** The second step: a current TOTP code, or one of the recovery codes in its place. */
  const verifyMfa: Handler<'verifyMfa'> = async (request) => {
    const { mfaToken, code } = request.body;
    const challenge = findMfaChallenge(ctx, mfaToken);
    if (!challenge) throw new ApiError(401, 'mfa_token_invalid');
    const recovery = !/^\d{6}$/.test(code);
    const history = log(
      challenge.userId,
      recovery ? 'recovery_code' : 'totp',
      challenge.deviceName,
    );
    try {
      assertNotLocked(ctx.db, challenge.userId, ctx.now());
    } catch (error) {
      history.refused(error);
      throw error;
    }
    const user = findUserById(ctx.db, challenge.userId);
    if (!user?.totp_secret) throw new ApiError(401, 'mfa_token_invalid');
    const refuse = (codeName: string): never => {
      recordFailure(ctx.db, user.id, ctx.now());
      const error = new ApiError(401, codeName);
      history.refused(error);
      throw error;
    };
    let step: number | null = null;
    let left: number | null = null;
    if (recovery) {
      left = await redeemRecoveryCode(ctx.db, user.id, code, ctx.now());
      if (left === null) refuse('mfa_invalid_code');
    } else {
      const check = checkTotp(user.totp_secret, code, ctx.now(), user.totp_last_step);
      if (!check.ok) refuse(check.reason === 'reused' ? 'mfa_code_reused' : 'mfa_invalid_code');
      else step = check.step;
    }
    const tokens = ctx.db.transaction(() => {
      if (!consumeMfaChallenge(ctx, mfaToken)) return null;
      if (step !== null) {
        ctx.db.prepare('UPDATE users SET totp_last_step = ? WHERE id = ?').run(step, user.id);
      }
      recordSuccess(ctx.db, user.id);
      history.success();
      return createSession(ctx, user.id, undefined, challenge.deviceName);
    })();
    if (!tokens) throw new ApiError(401, 'mfa_token_invalid');
    return left === null
      ? ({ status: 'ok', ...tokens } as const)
      : ({ status: 'ok', ...tokens, recoveryCodesLeft: left } as const);
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
    assertStrongPassword(password, user.email);
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
