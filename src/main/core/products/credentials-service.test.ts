import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/domain';
import type { Credential } from '../../../shared/products/types';
import type { ApiClient, RequestOptions } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { settingsDefaults } from '../settings/settings-schema';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { Clipboard, LocalAuth } from '../ports';
import { ClipboardClearer } from './clipboard-clearer';
import { CredentialLock } from './credential-lock';
import { CredentialStore } from './credential-store';
import { CredentialsService } from './credentials-service';
import { createFakeClock } from './fake-clock';
import { OfflineUnlock } from './offline-unlock';

const PASSWORD = 'Demo-Passwort-2026';
/** scrypt's real cost is tested in password-verifier.test.ts; here it would only be slow */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const ftp: Credential = {
  id: 'cr1',
  kind: 'ftp',
  label: 'FTP',
  host: 'ftp.example',
  port: 21,
  username: 'ftp-user-1',
  password: 'Ftp-Secret-xyz',
  url: null,
  updatedAt: '2026-01-01T00:00:00Z',
};

/** The cache in memory (its encryption is tested elsewhere). */
function memoryCache(): EncryptedCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    getJson: <T>(name: string) => Promise.resolve(structuredClone(entries.get(name)) as T),
    putJson: (name, value) => {
      entries.set(name, structuredClone(value));
      return Promise.resolve();
    },
    getBlob: () => Promise.resolve(undefined),
    putBlob: () => Promise.resolve(),
    has: (name) => Promise.resolve(entries.has(name)),
    delete: (name) => {
      entries.delete(name);
      return Promise.resolve();
    },
    destroy: () => Promise.resolve(),
  };
}

function setup(patch: Partial<Settings> = {}, localAuth?: LocalAuth) {
  const clock = createFakeClock();
  const cache = memoryCache();
  const settings: Settings = { ...settingsDefaults, ...patch };
  const server = { up: true, stepUp: false, forbidden: false };
  const request = vi.fn((options: RequestOptions) => {
    if (!server.up) return Promise.reject(new ApiError(0, 'offline'));
    if (options.path === '/v1/auth/reauth') {
      const body = options.body as { password: string };
      if (body.password !== PASSWORD) return Promise.reject(new ApiError(401, 'wrong_password'));
      server.stepUp = true;
      return Promise.resolve({ status: 200, data: {}, notModified: false });
    }
    if (!server.stepUp) return Promise.reject(new ApiError(403, 'step_up_required'));
    if (server.forbidden) return Promise.reject(new ApiError(403, 'forbidden'));
    return Promise.resolve({ status: 200, data: { items: [ftp] }, notModified: false });
  });
  const clipboardText = { value: '' };
  const clipboard: Clipboard = {
    writeText: (text) => (clipboardText.value = text),
    readText: () => Promise.resolve(clipboardText.value),
    clear: () => (clipboardText.value = ''),
  };
  const lock = new CredentialLock({
    clock,
    idleMinutes: () => settings.idleLockMinutes,
    onChange: () => service.forget(),
  });
  const service: CredentialsService = new CredentialsService({
    api: { request } as unknown as ApiClient,
    clock,
    settings: () => settings,
    lock,
    offline: new OfflineUnlock(
      () => cache,
      clock,
      localAuth ?? { available: () => false, confirm: () => Promise.resolve(false) },
      CHEAP,
    ),
    store: new CredentialStore(() => cache),
    clipboard: new ClipboardClearer(clipboard, clock),
    online: () => server.up,
    contractIds: () => Promise.resolve(['c1']),
    signedIn: () => true,
  });
  return { clock, cache, settings, server, service, clipboardText, lock };
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
  );

describe('credentials service', () => {
  it('refuses a reveal while locked, reveals after the step-up', async () => {
    const { service } = setup();
    expect(await codeOf(service.reveal('c1', 'cr1'))).toBe('credentials_locked');
    expect(await codeOf(service.unlock('wrong'))).toBe('wrong_password');
    const state = await service.unlock(PASSWORD);
    expect(state.unlockedUntil).not.toBeNull();
    expect(state.offlinePasswordReady).toBe(true);
    const list = await service.list('c1');
    expect(list?.data[0]).not.toHaveProperty('password');
    expect(await service.reveal('c1', 'cr1')).toEqual({ password: ftp.password });
  });

  it('unlocks offline with the password confirmed online before, and reads the cache', async () => {
    const { service, server, lock } = setup();
    await service.unlock(PASSWORD);
    await service.list('c1');
    await service.reveal('c1', 'cr1');
    lock.relock();
    server.up = false;
    expect(await codeOf(service.unlock('wrong'))).toBe('wrong_password');
    await service.unlock(PASSWORD);
    expect((await service.list('c1'))?.data.map((c) => c.username)).toEqual(['ftp-user-1']);
    expect(await service.reveal('c1', 'cr1')).toEqual({ password: ftp.password });
  });

  it('cannot unlock offline before the password was ever confirmed online', async () => {
    const { service, server } = setup();
    server.up = false;
    expect(await codeOf(service.unlock(PASSWORD))).toBe('offline_unlock_unavailable');
  });

  it('makes a guesser wait after five wrong passwords offline', async () => {
    const { service, server, clock } = setup();
    await service.unlock(PASSWORD);
    server.up = false;
    for (let i = 0; i < 5; i++)
      expect(await codeOf(service.unlock('wrong'))).toBe('wrong_password');
    expect(await codeOf(service.unlock(PASSWORD))).toBe('unlock_throttled');
    await clock.advance(30_000);
    expect((await service.unlock(PASSWORD)).unlockedUntil).not.toBeNull();
  });

  it('keeps offline only a password shown or copied here, and only while it is still valid', async () => {
    const { service, cache, server, lock } = setup();
    await service.unlock(PASSWORD);
    await service.list('c1');
    // listed, never revealed: not in the cache
    expect(JSON.stringify([...cache.entries])).not.toContain(ftp.password);
    lock.relock();
    server.up = false;
    await service.unlock(PASSWORD);
    expect(await codeOf(service.reveal('c1', 'cr1'))).toBe('credential_unavailable_offline');

    server.up = true;
    lock.relock();
    await service.unlock(PASSWORD);
    await service.reveal('c1', 'cr1');
    expect(JSON.stringify([...cache.entries])).toContain(ftp.password);
    lock.relock();
    server.up = false;
    await service.unlock(PASSWORD);
    expect(await service.reveal('c1', 'cr1')).toEqual({ password: ftp.password });
  });

  it('keeps no password in the cache when offline credentials are off', async () => {
    const { service, cache, server, settings, lock } = setup();
    await service.unlock(PASSWORD);
    await service.list('c1');
    await service.reveal('c1', 'cr1');
    expect(JSON.stringify([...cache.entries])).toContain(ftp.password);
    settings.offlineCredentials = false;
    await service.state();
    const stored = JSON.stringify([...cache.entries]);
    expect(stored).not.toContain(ftp.password);
    expect(stored).toContain(ftp.username);
    expect((await service.state()).offlinePasswordReady).toBe(false);
    lock.relock();
    server.up = false;
    expect(await codeOf(service.unlock(PASSWORD))).toBe('offline_unlock_unavailable');
  });

  it('unlocks by the OS only offline, when chosen and available', async () => {
    const confirm = vi.fn(() => Promise.resolve(true));
    const { service, server, settings } = setup({}, { available: () => true, confirm });
    expect(await codeOf(service.unlock(undefined))).toBe('password_required');
    settings.credentialsUnlock = 'os';
    expect(await codeOf(service.unlock(undefined))).toBe('password_required');
    server.up = false;
    expect((await service.unlock(undefined)).unlockedUntil).not.toBeNull();
    expect(confirm).toHaveBeenCalledTimes(1);
    confirm.mockResolvedValueOnce(false);
    expect(await codeOf(service.unlock(undefined))).toBe('local_auth_failed');
  });

  it('copies a password and clears it after 30 s', async () => {
    const { service, clipboardText, clock } = setup();
    await service.unlock(PASSWORD);
    expect(await service.copy('c1', 'cr1')).toEqual({ clearsInSeconds: 30 });
    expect(clipboardText.value).toBe(ftp.password);
    await clock.advance(30_000);
    expect(clipboardText.value).toBe('');
  });

  it('locks again after the idle time', async () => {
    const { service, clock } = setup({ idleLockMinutes: 1 });
    await service.unlock(PASSWORD);
    await clock.advance(60_000);
    expect((await service.state()).unlockedUntil).toBeNull();
    expect(await codeOf(service.reveal('c1', 'cr1'))).toBe('credentials_locked');
  });

  it('drops the cached logins when the right to them was withdrawn', async () => {
    const { service, server, lock } = setup();
    await service.unlock(PASSWORD);
    await service.list('c1');
    server.forbidden = true;
    expect(await codeOf(service.list('c1'))).toBe('forbidden');
    lock.relock();
    server.up = false;
    await service.unlock(PASSWORD);
    expect(await service.list('c1')).toBeNull();
    expect(await codeOf(service.reveal('c1', 'cr1'))).toBe('credential_unavailable_offline');
  });
});
