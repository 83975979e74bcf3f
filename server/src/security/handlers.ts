/** Handlers of the security operations (tag `security`, server/openapi/security.yaml). */
import type { AppContext } from '../context';
import { conditional } from '../conditional';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { getAuth, requireStepUp } from '../auth/bearer';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertStrongPassword } from '../auth/password-strength';
import { recoveryCodesLeft } from '../auth/recovery-codes';
import { SIGN_IN_HISTORY } from '../auth/sign-in-log';
import { deviceNameOf } from '../auth/tokens';
import { assertNotLocked, recordFailure, recordSuccess, setPasswordHash } from '../auth/users';
import { mailSecurityChange, type SecurityChange } from './mails';
import { endOtherSessions, endSession, listSessions } from './sessions';
import {
  bumpSecurityVersion,
  confirmSetup,
  disableTotp,
  regenerateCodes,
  securityUser,
  startSetup,
} from './totp-setup';

export function securityHandlers(ctx: AppContext) {
  const { db } = ctx;
  const mail = (auth: { email: string; sessionId: string }, change: SecurityChange) =>
    mailSecurityChange(db, auth.email, change, {
      deviceName: deviceNameOf(db, auth.sessionId),
      now: ctx.now(),
    });

  const getSecurity: Handler<'getSecurity'> = (request, reply) => {
    const user = securityUser(db, getAuth(request).userId);
    return conditional(request, reply, {
      totpEnabled: user.totp_secret !== null,
      recoveryCodesLeft: user.totp_secret ? recoveryCodesLeft(db, user.id) : 0,
      passwordChangedAt:
        user.password_changed_at === null ? null : new Date(user.password_changed_at).toISOString(),
    });
  };

  const changePassword: Handler<'changePassword'> = async (request) => {
    const auth = getAuth(request);
    const { currentPassword, newPassword } = request.body;
    const user = securityUser(db, auth.userId);
    // as the step-up: under the lockout, checked again after the slow hash
    assertNotLocked(db, user.id, ctx.now());
    const ok = await verifyPassword(currentPassword, user.password_hash);
    assertNotLocked(db, user.id, ctx.now());
    if (!ok) {
      recordFailure(db, user.id, ctx.now());
      throw new ApiError(401, 'wrong_password', {
        errors: [{ field: 'currentPassword', code: 'wrong_password' }],
      });
    }
    recordSuccess(db, user.id);
    if (newPassword === currentPassword) {
      throw new ApiError(422, 'password_unchanged', {
        detail: 'The new password is the current one.',
        errors: [{ field: 'newPassword', code: 'password_unchanged' }],
      });
    }
    assertStrongPassword(newPassword, user.email, 'newPassword');
    const hash = await hashPassword(newPassword);
    const ended = db.transaction(() => {
      setPasswordHash(db, user.id, hash);
      db.prepare('UPDATE users SET password_changed_at = ? WHERE id = ?').run(ctx.now(), user.id);
      bumpSecurityVersion(db, user.id);
      return endOtherSessions(db, user.id, auth.sessionId, ctx.now(), 'password_changed');
    })();
    mail(auth, 'password_changed');
    return { ended };
  };

  const startTotpSetup: Handler<'startTotpSetup'> = (request) => {
    const auth = requireStepUp(request);
    return startSetup(db, auth.userId, ctx.now());
  };

  const confirmTotp: Handler<'confirmTotp'> = async (request) => {
    const auth = getAuth(request);
    const recoveryCodes = await confirmSetup(db, auth.userId, request.body.code, ctx.now());
    mail(auth, 'totp_enabled');
    return { recoveryCodes };
  };

  const disableTotpHandler: Handler<'disableTotp'> = async (request, reply) => {
    const auth = requireStepUp(request);
    await disableTotp(db, auth.userId, request.body.code, ctx.now());
    mail(auth, 'totp_disabled');
    return reply.code(204).send();
  };

  const regenerateRecoveryCodes: Handler<'regenerateRecoveryCodes'> = async (request) => {
    const auth = requireStepUp(request);
    const recoveryCodes = await regenerateCodes(db, auth.userId, ctx.now());
    mail(auth, 'recovery_codes_regenerated');
    return { recoveryCodes };
  };

  const listSessionsHandler: Handler<'listSessions'> = (request, reply) => {
    const auth = getAuth(request);
    const sessions = listSessions(db, auth.userId, auth.sessionId, ctx.now());
    return conditional(request, reply, { sessions });
  };

  const endSessionHandler: Handler<'endSession'> = (request, reply) => {
    const auth = getAuth(request);
    endSession(db, auth.userId, request.params.id, ctx.now());
    if (request.params.id !== auth.sessionId) mail(auth, 'sessions_ended');
    return reply.code(204).send();
  };

  const endOtherSessionsHandler: Handler<'endOtherSessions'> = (request) => {
    const auth = getAuth(request);
    const ended = endOtherSessions(db, auth.userId, auth.sessionId, ctx.now());
    if (ended > 0) mail(auth, 'sessions_ended');
    return { ended };
  };

  const listSignIns: Handler<'listSignIns'> = (request, reply) => {
    const rows = db
      .prepare(
        `SELECT id, at, outcome, method, device_name FROM sign_in_attempts WHERE user_id = ?
         ORDER BY id DESC LIMIT ?`,
      )
      .all(getAuth(request).userId, SIGN_IN_HISTORY) as {
      id: number;
      at: number;
      outcome: 'success' | 'failure' | 'locked';
      method: 'password' | 'totp' | 'recovery_code';
      device_name: string | null;
    }[];
    return conditional(request, reply, {
      attempts: rows.map((row) => ({
        id: String(row.id),
        at: new Date(row.at).toISOString(),
        outcome: row.outcome,
        method: row.method,
        deviceName: row.device_name,
      })),
    });
  };

  return {
    getSecurity,
    changePassword,
    startTotpSetup,
    confirmTotp,
    disableTotp: disableTotpHandler,
    regenerateRecoveryCodes,
    listSessions: listSessionsHandler,
    endSession: endSessionHandler,
    endOtherSessions: endOtherSessionsHandler,
    listSignIns,
  };
}
