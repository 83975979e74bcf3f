// "Sicherheit" in the core against the real sandbox, two apps of one person side by side
// (each its own keychain profile and cache): devices and history from the cache, ending the
// other app's session (it signs out by itself, with the reason, its cache gone), two-factor
// setup with recovery codes saved as a file, and the password change.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import { totpCode } from '../../../../server/src/auth/totp';
import type { Account, Cached, SessionState } from '../../../shared/domain';
import type {
  DeviceSessions,
  RecoveryCodes,
  SecurityState,
  SignInHistory,
  TotpEnrollment,
} from '../../../shared/security/types';
import type { Core } from '../app-core-types';
import { bytesOf, type SecretStore } from '../ports';
import { SESSION_SECRET } from '../session/session';
import { CACHE_KEY_SECRET } from '../store/encrypted-cache';
import { openSecretStore } from '../vault/keyring-store';
import { callOn as call, until } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const ERIKA = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-security-server-'));
let server: Awaited<ReturnType<typeof startServer>>;
const vaults: SecretStore[] = [];
const cores: Core[] = [];
const dirs: string[] = [];
const saved: Uint8Array[] = [];

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
});

afterAll(async () => {
  for (const core of cores) await core.stop();
  await server.close();
  for (const vault of vaults) {
    await vault.delete(SESSION_SECRET);
    await vault.delete(CACHE_KEY_SECRET);
  }
  rmSync(serverDir, { recursive: true, force: true });
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function makeCore(host: 'web' | 'electron') {
  const secrets = await openSecretStore({
    service: 'de.cmo.kundencenter.test',
    profile: randomUUID(),
  });
  vaults.push(secrets);
  const dir = mkdtempSync(join(tmpdir(), 'kc-security-app-'));
  dirs.push(dir);
  const events: { event: string; payload: unknown }[] = [];
  const core = createTestCore(server.url, dir, {
    host,
    secrets,
    saveDialog: {
      save: async ({ data }) => {
        saved.push(await bytesOf(data));
        return { saved: true };
      },
    },
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 200, prefetchGapMs: 60_000 },
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  cores.push(core);
  return { core, events };
}

async function signIn(core: Core, password = ERIKA.password): Promise<void> {
  const state = await call<SessionState>(core, 'session:login', { email: ERIKA.email, password });
  expect(state.status).toBe('signedIn');
  await until(
    'the sessions synced',
    () => call<Cached<DeviceSessions> | null>(core, 'security:sessions'),
    20_000,
  );
}

const signedOutWith = (events: { event: string; payload: unknown }[], reason: string) =>
  events.some(
    (e) =>
      e.event === 'session:changed' &&
      (e.payload as SessionState).status === 'signedOut' &&
      (e.payload as { reason?: string }).reason === reason,
  );

describe('Sicherheit in the core', () => {
  it('lists both apps by their device name; ending the other one signs it out with the reason', async () => {
    const laptop = await makeCore('web');
    const desktop = await makeCore('electron');
    await signIn(desktop.core);
    await signIn(laptop.core);
    await call(laptop.core, 'security:refresh');
    const devices = (await call<Cached<DeviceSessions>>(laptop.core, 'security:sessions')).data;
    const names = devices.sessions.map((s) => [s.deviceName, s.current]);
    expect(names).toContainEqual([`Kundencenter Desktop (Web-Host) · ${platformName()}`, true]);
    expect(names).toContainEqual([`Kundencenter Desktop · ${platformName()}`, false]);
    const history = (await call<Cached<SignInHistory>>(laptop.core, 'security:signIns')).data;
    expect(history.attempts[0]).toMatchObject({ outcome: 'success', method: 'password' });

    const other = devices.sessions.find(
      (s) => s.deviceName === `Kundencenter Desktop · ${platformName()}`,
    );
    await call(laptop.core, 'security:endSession', { id: other?.id });
    // the desktop app does nothing: its live stream ends, and it learns why on reconnecting
    await until(
      'signed out: ended elsewhere',
      () => signedOutWith(desktop.events, 'endedElsewhere'),
      20_000,
    );
    expect(await call(desktop.core, 'session:get')).toEqual({
      status: 'signedOut',
      reason: 'endedElsewhere',
    });
    expect(await call<Cached<Account> | null>(desktop.core, 'account:get')).toBeNull();
    const left = (await call<Cached<DeviceSessions>>(laptop.core, 'security:sessions')).data;
    expect(left.sessions.some((s) => s.id === other?.id)).toBe(false);
  });

  it('sets up two-factor sign-in after a step-up and saves the recovery codes as a file', async () => {
    const laptop = cores[0]!;
    const wrong = await laptop.router.handle('security:totpStart', { password: 'falsch-falsch' });
    expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'errors.wrong_password' } });
    const setup = await call<TotpEnrollment>(laptop, 'security:totpStart', {
      password: ERIKA.password,
    });
    expect(setup.modules).toHaveLength(setup.size * setup.size);
    expect(setup.modules).toMatch(/^[01]+$/);
    expect(setup.secretGroups).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(JSON.stringify(setup)).not.toContain('otpauth');

    const secret = setup.secretGroups.replace(/ /g, '');
    const refused = await laptop.router.handle('security:totpConfirm', { code: '000000' });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { code: 'errors.mfa_invalid_code' } },
    });
    const { codes } = await call<RecoveryCodes>(laptop, 'security:totpConfirm', {
      code: totpCode(secret, Date.now()),
    });
    expect(codes).toHaveLength(10);
    expect((await call<Cached<SecurityState>>(laptop, 'security:state')).data).toMatchObject({
      totpEnabled: true,
      recoveryCodesLeft: 10,
    });
    expect(await call(laptop, 'security:recoverySave', { codes })).toEqual({ saved: true });
    const file = Buffer.from(saved.at(-1) ?? new Uint8Array()).toString('utf8');
    for (const code of codes) expect(file).toContain(code);

    // a new app signs in with a recovery code in place of the TOTP code, and hears how many are left
    const phone = await makeCore('web');
    expect(await call(phone.core, 'session:login', ERIKA)).toMatchObject({ status: 'mfaRequired' });
    expect(await call(phone.core, 'session:mfa', { code: codes[0]?.toLowerCase() })).toMatchObject({
      status: 'signedIn',
      recoveryCodesLeft: 9,
    });
  });

  it('changes the password: the other apps sign out with the reason, this one stays', async () => {
    const laptop = cores[0]!;
    const phone = cores[2]!;
    const phoneEvents: { event: string; payload: unknown }[] = [];
    phone.onEvent((event, payload) => phoneEvents.push({ event, payload }));
    const weak = await laptop.router.handle('security:changePassword', {
      currentPassword: ERIKA.password,
      newPassword: 'Passwort123',
    });
    expect(weak).toMatchObject({
      ok: false,
      error: { fields: { newPassword: 'errors.field.weak_password' } },
    });
    expect(
      await call(laptop, 'security:changePassword', {
        currentPassword: ERIKA.password,
        newPassword: 'Ganz-neues-Passwort-77',
      }),
    ).toEqual({ ended: 1 });
    await until(
      'signed out: password changed',
      () => signedOutWith(phoneEvents, 'passwordChanged'),
      20_000,
    );
    expect(await call(laptop, 'session:get')).toMatchObject({ status: 'signedIn' });
    expect(
      (await call<Cached<SecurityState>>(laptop, 'security:state')).data.passwordChangedAt,
    ).toEqual(expect.any(String));
  });
});

function platformName(): string {
  return (
    { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string] ??
    process.platform
  );
}
