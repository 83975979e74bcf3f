import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/domain';
import type { AppLockState } from '../../../shared/desktop/types';
import { createWebHostScreenSignals } from '../../webhost/screen-signals';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import { createFakeClock } from '../products/fake-clock';
import { settingsDefaults } from '../settings/settings-schema';
import type { EncryptedCache } from '../store/encrypted-cache';
import { createAppLock, IDLE_POLL_MS } from './app-lock-feature';

const PASSWORD = 'Demo-Passwort-2026';

/** The encrypted cache as far as the lock uses it, in memory (it outlives a "restart"). */
function memoryCache() {
  const entries = new Map<string, unknown>();
  return {
    entries,
    getJson: (key: string) => Promise.resolve(entries.get(key) ?? null),
    putJson: (key: string, value: unknown) => Promise.resolve(void entries.set(key, value)),
    delete: (key: string) => Promise.resolve(void entries.delete(key)),
    has: (key: string) => Promise.resolve(entries.has(key)),
  };
}

function setup(
  options: { cache?: ReturnType<typeof memoryCache>; settings?: Partial<Settings> } = {},
) {
  const clock = createFakeClock();
  const screen = createWebHostScreenSignals();
  const cache = options.cache ?? memoryCache();
  const server = { up: true };
  let settings: Settings = { ...settingsDefaults, ...options.settings };
  const events: AppLockState[] = [];
  const hooks = { credentialsClosed: 0, opened: 0 };
  let signedIn = true;
  const ctx = {
    options: {
      settings: {
        get: () => settings,
        set: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
      },
      screenSignals: screen,
    },
    clock,
    session: {
      api: {
        request: ({ body }: { body: { password: string } }) => {
          if (!server.up) return Promise.reject(new ApiError(0, 'offline'));
          return body.password === PASSWORD
            ? Promise.resolve(null)
            : Promise.reject(new ApiError(401, 'wrong_password'));
        },
      },
    },
    emit: (_event: string, payload: AppLockState) => events.push(payload),
    live: () => (signedIn ? { cache: cache as unknown as EncryptedCache } : null),
  } as unknown as FeatureContext;
  const lock = createAppLock(ctx, {
    closeCredentials: () => hooks.credentialsClosed++,
    opened: () => hooks.opened++,
  });
  lock.onSignedIn();
  const codeOf = (result: unknown) =>
    Promise.resolve(result).then(
      () => 'no error',
      (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
    );
  return {
    lock,
    clock,
    screen,
    cache,
    server,
    events,
    hooks,
    codeOf,
    setSettings: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
    signOut: () => {
      signedIn = false;
      lock.onSignedOut();
    },
  };
}

describe('the app lock', () => {
  it('locks when the screen locks: the credentials close, invoices and payments are refused', async () => {
    const { lock, screen, events, hooks } = setup();
    expect(lock.blocks('invoices:list')).toBe(false);
    screen.away('screen-locked');
    expect(events.at(-1)).toMatchObject({ locked: true, reason: 'screen-locked' });
    expect(hooks.credentialsClosed).toBe(1);
    for (const channel of [
      'invoices:get',
      'billing:overview',
      'credentials:reveal',
      'sepa:mandates',
    ]) {
      expect(lock.blocks(channel)).toBe(true);
    }
    // what the lock screen and the shell need keeps working
    for (const channel of ['appLock:unlock', 'session:logout', 'settings:get', 'sync:status']) {
      expect(lock.blocks(channel)).toBe(false);
    }
    // a second signal while locked changes nothing
    screen.away('suspended');
    expect(events).toHaveLength(1);
    expect(await lock.handlers['appLock:get'](undefined)).toMatchObject({
      reason: 'screen-locked',
    });
  });

  it('follows the setting: screen lock off leaves the app open, sleep too', () => {
    const { lock, screen, events } = setup({ settings: { appLockOnScreenLock: false } });
    screen.away('screen-locked');
    screen.away('suspended');
    expect(events).toEqual([]);
    expect(lock.blocks('invoices:list')).toBe(false);
  });

  it('locks after the chosen idle time on the machine, never with "Nie"', async () => {
    const { lock, clock, screen, events, setSettings } = setup();
    screen.setIdleSeconds(3600);
    await clock.advance(IDLE_POLL_MS * 3);
    expect(events).toEqual([]);

    setSettings({ appLockIdleMinutes: 10 });
    screen.setIdleSeconds(9 * 60);
    await clock.advance(IDLE_POLL_MS);
    expect(events).toEqual([]);
    screen.setIdleSeconds(10 * 60);
    await clock.advance(IDLE_POLL_MS);
    expect(events.at(-1)).toMatchObject({ locked: true, reason: 'idle' });
    expect(lock.blocks('payment:methods')).toBe(true);
  });

  it('opens with the account password only; a wrong one is refused and it stays locked', async () => {
    const { lock, codeOf, hooks } = setup();
    await lock.handlers['appLock:lock'](undefined);
    expect(await codeOf(lock.handlers['appLock:unlock']({ password: 'falsch' }))).toBe(
      'wrong_password',
    );
    expect(lock.blocks('invoices:list')).toBe(true);
    expect(hooks.opened).toBe(0);

    expect(await lock.handlers['appLock:unlock']({ password: PASSWORD })).toMatchObject({
      locked: false,
      reason: null,
    });
    expect(lock.blocks('invoices:list')).toBe(false);
    // the screens refused meanwhile read their data again
    expect(hooks.opened).toBe(1);
  });

  it('offline: the password confirmed at sign-in opens it; without one it says why', async () => {
    const known = setup();
    await known.lock.passwordConfirmed(PASSWORD);
    known.server.up = false;
    await known.lock.handlers['appLock:lock'](undefined);
    expect(await known.codeOf(known.lock.handlers['appLock:unlock']({ password: 'falsch' }))).toBe(
      'wrong_password',
    );
    await known.lock.handlers['appLock:unlock']({ password: PASSWORD });
    expect(known.lock.blocks('invoices:list')).toBe(false);

    const unknown = setup();
    unknown.server.up = false;
    await unknown.lock.handlers['appLock:lock'](undefined);
    expect(
      await unknown.codeOf(unknown.lock.handlers['appLock:unlock']({ password: PASSWORD })),
    ).toBe('app_lock_offline_unavailable');
    expect(unknown.lock.blocks('invoices:list')).toBe(true);
  });

  it('stays locked across a restart of the app, and ends with the sign-out', async () => {
    const first = setup();
    await first.lock.handlers['appLock:lock'](undefined);
    await Promise.resolve();
    first.lock.stop();

    // the next start of the app, with the same encrypted cache
    const again = setup({ cache: first.cache });
    expect(await again.lock.handlers['appLock:get'](undefined)).toMatchObject({
      locked: true,
      reason: 'manual',
    });
    expect(again.lock.blocks('invoices:list')).toBe(true);

    again.signOut();
    expect(again.events.at(-1)).toMatchObject({ locked: false });
    expect(again.lock.blocks('invoices:list')).toBe(false);
  });
});
