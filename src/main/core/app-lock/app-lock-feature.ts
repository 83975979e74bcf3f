/**
 * The app lock: when the OS locks the screen or sleeps (setting, on by default), after the
 * chosen idle time without input on the machine, or by hand (Ctrl+L), the window shows only
 * the unlock screen and the core refuses the invoice, payment and credential channels, so a
 * person passing an unattended desk sees nothing and can fetch nothing. The credentials lock
 * closes with it. Unlocked by the account password (the server's step-up; offline the local
 * verifier kept after the last confirmed password) or the OS's own confirmation (Touch ID).
 * The locked state is kept in the encrypted cache: quitting and restarting does not open it.
 */
import type { AppLockReason, AppLockState } from '../../../shared/desktop/types';
import type { DesktopChannel } from '../../../shared/desktop/ipc-names';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import type { Handlers } from '../ipc/router';
import { mainText } from '../../../shared/locales/main-texts';
import { noLocalAuth } from '../ports';
import { OfflineUnlock } from '../products/offline-unlock';

export const APP_LOCK_KEY = 'app-lock';
export const APP_LOCK_VERIFIER = 'app-lock-verifier';
/** how often the idle time is asked while signed in */
export const IDLE_POLL_MS = 30_000;
/** the areas a locked app answers nothing from (their screens show what the person owes, pays, logs in with) */
const LOCKED_PREFIXES = ['invoices:', 'billing:', 'credentials:', 'payment:', 'sepa:'];

type AppLockChannel = Extract<DesktopChannel, `appLock:${string}`>;

export interface AppLock {
  handlers: Pick<Handlers, AppLockChannel>;
  /** true for a channel the locked app refuses */
  blocks(channel: string): boolean;
  /** the handlers with the refused channels answering 423 app_locked while locked */
  guard(handlers: Handlers): Handlers;
  /** the password was just confirmed by the server (sign-in): keep a verifier for offline unlocks */
  passwordConfirmed(password: string): Promise<void>;
  onSignedIn(): void;
  onSignedOut(): void;
  stop(): void;
}

export interface AppLockHooks {
  /** the credentials lock closes with the app */
  closeCredentials(): void;
  /** unlocked again: the screens refused meanwhile read their data anew */
  opened(): void;
}

export function createAppLock(ctx: FeatureContext, hooks: AppLockHooks): AppLock {
  const { options, clock } = ctx;
  const cache = () => ctx.live()?.cache ?? null;
  const verifier = new OfflineUnlock(
    cache,
    clock,
    options.localAuth ?? noLocalAuth,
    undefined,
    APP_LOCK_VERIFIER,
  );
  let reason: AppLockReason | null = null;
  let restored: Promise<void> = Promise.resolve();
  let idleTimer: unknown = null;

  const blocks = (channel: string) =>
    reason !== null && LOCKED_PREFIXES.some((prefix) => channel.startsWith(prefix));

  const state = (): AppLockState => ({
    locked: reason !== null,
    reason,
    osAvailable: verifier.osAvailable(),
  });
  const announce = () => ctx.emit('appLock:changed', state());
  const keep = (value: AppLockReason | null) =>
    (value === null
      ? cache()?.delete(APP_LOCK_KEY)
      : cache()?.putJson(APP_LOCK_KEY, { reason: value })
    )?.catch((error: unknown) =>
      options.log?.warn('app lock: its state could not be kept', { error: String(error) }),
    );

  const lock = (why: AppLockReason) => {
    if (!ctx.live() || reason !== null) return;
    reason = why;
    hooks.closeCredentials();
    void keep(why);
    options.log?.info('app lock: locked', { reason: why });
    announce();
  };
  const open = () => {
    reason = null;
    void keep(null);
    announce();
    hooks.opened();
  };

  const pollIdle = () => {
    idleTimer = clock.setTimeout(pollIdle, IDLE_POLL_MS);
    const minutes = options.settings.get().appLockIdleMinutes;
    const idle = options.screenSignals?.idleSeconds() ?? null;
    if (minutes > 0 && idle !== null && idle >= minutes * 60) lock('idle');
  };
  const stopIdle = () => {
    if (idleTimer !== null) clock.clearTimeout(idleTimer);
    idleTimer = null;
  };
  const offAway = options.screenSignals?.onAway((why) => {
    if (options.settings.get().appLockOnScreenLock) lock(why);
  });

  const unlock = async (password: string | undefined): Promise<AppLockState> => {
    await restored;
    if (!ctx.live()) throw new ApiError(401, 'session_expired');
    if (reason === null) return state();
    if (password === undefined) {
      await verifier.checkOs(
        // macOS shows it under "Kundencenter möchte …"
        mainText(options.settings.get().language, 'osPrompt.appLock'),
      );
      open();
      return state();
    }
    try {
      await ctx.session.api.request({
        method: 'POST',
        path: '/v1/auth/reauth',
        body: { password },
      });
    } catch (error) {
      if (!(error instanceof ApiError && error.offline)) throw error;
      await verifier.checkPassword(password).catch((cause: unknown) => {
        throw cause instanceof ApiError && cause.code === 'offline_unlock_unavailable'
          ? new ApiError(409, 'app_lock_offline_unavailable')
          : cause;
      });
      open();
      return state();
    }
    await verifier.remember(password);
    open();
    return state();
  };

  return {
    handlers: {
      'appLock:get': async () => {
        await restored;
        return state();
      },
      'appLock:lock': () => {
        lock('manual');
        return state();
      },
      'appLock:unlock': ({ password }) => unlock(password),
    },
    blocks,
    guard(handlers) {
      const guarded: Record<string, (input: unknown) => unknown> = {};
      for (const [channel, handler] of Object.entries(handlers) as [
        string,
        (input: unknown) => unknown,
      ][]) {
        guarded[channel] = LOCKED_PREFIXES.some((prefix) => channel.startsWith(prefix))
          ? (input) => {
              if (blocks(channel)) throw new ApiError(423, 'app_locked');
              return handler(input);
            }
          : handler;
      }
      return guarded as unknown as Handlers;
    },
    async passwordConfirmed(password) {
      await verifier
        .remember(password)
        .catch((error: unknown) =>
          options.log?.warn('app lock: no offline verifier', { error: String(error) }),
        );
    },
    onSignedIn() {
      stopIdle();
      idleTimer = clock.setTimeout(pollIdle, IDLE_POLL_MS);
      restored = (async () => {
        const kept = await cache()
          ?.getJson<{ reason: AppLockReason }>(APP_LOCK_KEY)
          .catch(() => null);
        if (kept && reason === null) {
          reason = kept.reason;
          hooks.closeCredentials();
          announce();
        }
      })();
    },
    onSignedOut() {
      stopIdle();
      // signed out nothing is left to protect; the sign-in screen is the lock now
      if (reason !== null) {
        reason = null;
        announce();
      }
    },
    stop() {
      stopIdle();
      offAway?.();
    },
  };
}
