// The core against the real sandbox server on a random loopback port, with the vault on the
// real Secret Service and the cache on disk: sign-in, restart from the keychain, offline,
// coming back, token refresh and sign-out.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/src/app';
import type { Account, Cached, SessionState, SyncStatus } from '../../shared/domain';
import type { Core } from './app-core-types';
import type { SecretStore } from './ports';
import { listCacheFiles } from './store/encrypted-cache';
import { SESSION_SECRET } from './session/session';
import { openSecretStore } from './vault/keyring-store';
import { callOn as call, until } from './testing/core-calls';
import { createTestCore } from './testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-core-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-core-app-'));
let server: Awaited<ReturnType<typeof startServer>>;
let secrets: SecretStore;

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0, accessTtlSeconds: 31 });
  secrets = await openSecretStore({ service: 'de.cmo.kundencenter.test', profile: randomUUID() });
  expect(secrets.kind).toBe('keychain');
});
afterAll(async () => {
  await server.close();
  await secrets.delete(SESSION_SECRET);
  await secrets.delete('cache-key');
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

function makeCore(apiUrl: string): { core: Core; events: { event: string; payload: unknown }[] } {
  const events: { event: string; payload: unknown }[] = [];
  const core = createTestCore(apiUrl, appDir, {
    secrets,
    syncTimings: { pollMs: 200, offlineMinMs: 50, offlineMaxMs: 200 },
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  return { core, events };
}

describe('core against the sandbox', () => {
  it('answers a wrong password and an unknown address alike, and offline apart', async () => {
    const { core } = makeCore(server.url);
    const wrong = await core.router.handle('session:login', { ...DEMO, password: 'falsch-falsch' });
    expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'errors.wrong_password' } });
    const unknown = await core.router.handle('session:login', {
      email: 'niemand@kundencenter.example',
      password: 'x',
    });
    expect(unknown).toEqual(wrong);
    const unreachable = makeCore('http://127.0.0.1:9').core;
    expect(await unreachable.router.handle('session:login', DEMO)).toMatchObject({
      ok: false,
      error: { code: 'offline', messageKey: 'errors.offline' },
    });
    await core.stop();
  });

  it('signs in, caches the account, and after a restart shows it offline, then online again', async () => {
    const first = makeCore(server.url);
    const state = await call<SessionState>(first.core, 'session:login', DEMO);
    expect(state).toEqual({ status: 'signedIn', email: DEMO.email });
    const account = await until('the account synced', () =>
      call<Cached<Account> | null>(first.core, 'account:get'),
    );
    expect(account.data.customerNumber).toMatch(/^K-\d+/);
    expect(first.events.some((e) => e.event === 'data:changed')).toBe(true);
    // the refresh token is in the keychain, never in the app's folder
    const stored = JSON.parse((await secrets.get(SESSION_SECRET))!) as { refreshToken: string };
    expect(stored.refreshToken).toMatch(/^kcr_/);
    // the first pass is complete (the account is only its first resource)
    await until(
      'a sync',
      async () => (await call<SyncStatus>(first.core, 'sync:status')).lastSyncedAt,
    );
    await first.core.stop();

    // the server goes away; the app starts again
    const port = server.port;
    await server.close();
    const second = makeCore(server.url);
    await second.core.start();
    expect(await call<SessionState>(second.core, 'session:get')).toEqual({
      status: 'signedIn',
      email: DEMO.email,
    });
    const offline = await call<Cached<Account>>(second.core, 'account:get');
    expect(offline.data.customerNumber).toBe(account.data.customerNumber);
    const status = await until('the status', async () => {
      const s = await call<SyncStatus>(second.core, 'sync:status');
      return !s.online && s;
    });
    expect(status.lastSyncedAt).not.toBeNull();

    // the server is back, with a change made meanwhile
    server = await startServer({ dataDir: serverDir, port, accessTtlSeconds: 31 });
    await fetch(new URL('/v1/sandbox/account', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEMO.email, patch: { company: 'Neue Firma GmbH' } }),
    });
    const fresh = await until('fresh data', async () => {
      const doc = await call<Cached<Account>>(second.core, 'account:get');
      return doc.data.company === 'Neue Firma GmbH' && doc;
    });
    expect(fresh.syncedAt > offline.syncedAt).toBe(true);
    expect((await call<SyncStatus>(second.core, 'sync:status')).online).toBe(true);

    // sign-out ends it all: keychain entry, cache key and cache files
    await call(second.core, 'session:logout');
    expect(await secrets.get(SESSION_SECRET)).toBeNull();
    expect(await secrets.get('cache-key')).toBeNull();
    expect(await listCacheFiles(join(appDir, 'cache'))).toEqual([]);
    expect(await call(second.core, 'account:get')).toBeNull();
    await second.core.stop();
  });

  it('a sign-out while the sign-in is still finishing wins: the sign-in answers signed out', async () => {
    // the sign-in tells the window before it has opened the cache and remembered the password
    // for the app lock; a person (or a help article) can sign out in that time
    const { core } = makeCore(server.url);
    const out: { signing?: Promise<unknown> } = {};
    core.onEvent((event, payload) => {
      if (event === 'session:changed' && (payload as SessionState).status === 'signedIn') {
        out.signing ??= call(core, 'session:logout');
      }
    });
    const answer = await call<SessionState>(core, 'session:login', DEMO);
    expect(out.signing).toBeDefined();
    await out.signing;
    expect(answer.status).toBe('signedOut');
    expect(await call<SessionState>(core, 'session:get')).toMatchObject({ status: 'signedOut' });
    // nothing of the signed-out session is left running or on disk
    expect(await call(core, 'account:get')).toBeNull();
    expect(await call<SyncStatus>(core, 'sync:status')).toMatchObject({ syncing: false });
    expect(await listCacheFiles(join(appDir, 'cache'))).toEqual([]);
    expect(await secrets.get('cache-key')).toBeNull();
    await core.stop();
  });

  it('renews a lapsed access token on its own and keeps the rotated refresh token', async () => {
    // the client renews 30 s before expiry, so a 31 s token lapses for it after one second
    const { core } = makeCore(server.url);
    await call(core, 'session:login', DEMO);
    const before = (await secrets.get(SESSION_SECRET))!;
    await new Promise((r) => setTimeout(r, 1200));
    const status = await call<SyncStatus>(core, 'sync:now');
    expect(status.online).toBe(true);
    const after = (await secrets.get(SESSION_SECRET))!;
    expect(after).not.toBe(before);
    expect(await call<SessionState>(core, 'session:get')).toMatchObject({ status: 'signedIn' });
    await call(core, 'session:logout');
    await core.stop();
  });

  it('completes the TOTP step with the sandbox code', async () => {
    const { core } = makeCore(server.url);
    const first = await call<SessionState>(core, 'session:login', {
      email: 'mfa@kundencenter.example',
      password: DEMO.password,
    });
    expect(first.status).toBe('mfaRequired');
    const wrong = await core.router.handle('session:mfa', { code: '000000' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { messageKey: expect.stringMatching(/^errors\.mfa_/) as unknown },
    });
    const { code } = (await (
      await fetch(new URL('/v1/sandbox/totp?email=mfa%40kundencenter.example', server.url))
    ).json()) as { code: string };
    expect(await call<SessionState>(core, 'session:mfa', { code })).toEqual({
      status: 'signedIn',
      email: 'mfa@kundencenter.example',
    });
    await call(core, 'session:logout');
    await core.stop();
  });
});
