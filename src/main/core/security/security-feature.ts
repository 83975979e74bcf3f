/**
 * "Sicherheit" in the core: the password change, two-factor sign-in with recovery codes, the
 * signed-in devices and the sign-in history. What changes the protection asks for the
 * password first (step-up, POST /v1/auth/reauth), as the credentials and SEPA do.
 */
import type { Cached } from '../../../shared/domain';
import type { SecurityChannel } from '../../../shared/security/ipc-names';
import type { DeviceSessions, SecurityState, SignInHistory } from '../../../shared/security/types';
import { ApiError } from '../api/api-error';
import type { Feature, FeatureContext } from '../feature';
import { recoveryCodesFile } from './recovery-file';
import {
  ALL_SECURITY,
  SECURITY_SESSIONS,
  SECURITY_SIGN_INS,
  SECURITY_STATE,
} from './security-resources';
import { enrollment, type TotpSetupAnswer } from './totp-enrollment';

export { SECURITY_RESOURCES } from './security-resources';

export function createSecurityFeature(ctx: FeatureContext): Feature<SecurityChannel> {
  const api = ctx.session.api;
  const read = async <T>(name: string): Promise<Cached<T> | null> =>
    (await ctx.live()?.sync.read<T>(name)) ?? null;

  /** Fetched again now; unreachable: the cached copy stays (and says how old it is). */
  const refresh = async (names: readonly string[]): Promise<void> => {
    const live = ctx.live();
    if (!live) return;
    await live.sync.refresh(names).catch((error: unknown) => {
      if (!(error instanceof ApiError && error.offline)) throw error;
    });
  };

  const stepUp = async (password: string): Promise<void> => {
    ctx.signedIn();
    await api.request({ method: 'POST', path: '/v1/auth/reauth', body: { password } });
  };

  const email = () => (ctx.session.current.status === 'signedIn' ? ctx.session.current.email : '');

  return {
    handlers: {
      // loaded on the first hint: the dictionaries cost the core ~55 MB of its ~100 MB at start
      // (bench/scale.ts), and most days nobody chooses a password
      'security:passwordVerdict': async ({ password, email }) =>
        (await import('../../../shared/security/password-rule')).checkPassword(password, email),
      'security:state': () => read<SecurityState>(SECURITY_STATE),
      'security:sessions': () => read<DeviceSessions>(SECURITY_SESSIONS),
      'security:signIns': () => read<SignInHistory>(SECURITY_SIGN_INS),
      'security:refresh': () => refresh(ALL_SECURITY),

      'security:changePassword': async ({ currentPassword, newPassword }) => {
        ctx.signedIn();
        const { data } = await api.request<{ ended: number }>({
          method: 'POST',
          path: '/v1/security/password',
          body: { currentPassword, newPassword },
        });
        await refresh(ALL_SECURITY);
        return data;
      },

      'security:totpStart': async ({ password }) => {
        await stepUp(password);
        const { data } = await api.request<TotpSetupAnswer>({
          method: 'POST',
          path: '/v1/security/totp/setup',
          body: {},
        });
        return enrollment(data, email());
      },

      'security:totpConfirm': async ({ code }) => {
        ctx.signedIn();
        const { data } = await api.request<{ recoveryCodes: string[] }>({
          method: 'POST',
          path: '/v1/security/totp/confirm',
          body: { code },
        });
        await refresh([SECURITY_STATE]);
        return { codes: data.recoveryCodes };
      },

      'security:totpDisable': async ({ password, code }) => {
        await stepUp(password);
        await api.request({ method: 'POST', path: '/v1/security/totp/disable', body: { code } });
        await refresh([SECURITY_STATE]);
      },

      'security:recoveryRegenerate': async ({ password }) => {
        await stepUp(password);
        const { data } = await api.request<{ recoveryCodes: string[] }>({
          method: 'POST',
          path: '/v1/security/recovery-codes',
          body: {},
        });
        await refresh([SECURITY_STATE]);
        return { codes: data.recoveryCodes };
      },

      'security:recoverySave': ({ codes }) =>
        ctx.options.saveDialog.save({
          defaultName: 'Kundencenter-Wiederherstellungscodes.txt',
          filters: [{ name: 'Text', extensions: ['txt'] }],
          data: Buffer.from(recoveryCodesFile(codes, email(), new Date(ctx.clock.now())), 'utf8'),
        }),

      'security:endSession': async ({ id }) => {
        ctx.signedIn();
        await api.request({
          method: 'DELETE',
          path: `/v1/security/sessions/${encodeURIComponent(id)}`,
        });
        await refresh([SECURITY_SESSIONS]);
      },

      'security:endOtherSessions': async () => {
        ctx.signedIn();
        const { data } = await api.request<{ ended: number }>({
          method: 'POST',
          path: '/v1/security/sessions/end-others',
          body: {},
        });
        await refresh([SECURITY_SESSIONS]);
        return data;
      },
    },
    onSignedIn() {
      // a new sign-in is a new device in the list and a new line in the history
      void refresh([SECURITY_SESSIONS, SECURITY_SIGN_INS]).catch((error: unknown) =>
        ctx.options.log?.warn('security: refresh failed', { error: String(error) }),
      );
    },
  };
}
