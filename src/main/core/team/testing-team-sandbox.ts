/**
 * The set-up of the core's team integration tests (team.int, team-invitations.int): the real
 * sandbox server behind a counting proxy (testing/counting-proxy.ts), cores with the vault on
 * the real Secret Service, one keychain profile each, and what the tests ask of them.
 * Syncs run only when a test asks (sync:now).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { SessionState, SyncStatus } from '../../../shared/domain';
import type { Core } from '../app-core-types';
import type { SecretStore } from '../ports';
import { SESSION_SECRET } from '../session/session';
import { CACHE_KEY_SECRET } from '../store/encrypted-cache';
import { startCountingProxy, type CountingProxy } from '../testing/counting-proxy';
import { callOn, until } from '../testing/core-calls';
import { openSecretStore } from '../vault/keyring-store';
import { createTestCore } from '../testing/test-core';

const PASSWORD = 'Demo-Passwort-2026';
/** Erika: owner of K-100234 and of a second customer account to switch to */
export const ERIKA = { email: 'demo@kundencenter.example', password: PASSWORD };
/** a colleague of K-100234 with limited rights: no invoices, no users */
export const JONAS = { email: 'jonas.weber@muster-webdesign.example', password: PASSWORD };
export const BILLING_PATHS = [
  '/v1/invoices',
  '/v1/billing/statement',
  '/v1/payment-methods',
  '/v1/sepa-mandates',
  '/v1/account/billing-emails',
];

/** Registers the hooks of one test file and answers what its tests use. */
export function teamSandbox() {
  const serverDir = mkdtempSync(join(tmpdir(), 'kc-team-server-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let proxy: CountingProxy | undefined;
  /** one keychain profile per core: two people signed in side by side keep their own tokens */
  const vaults: SecretStore[] = [];
  const cores: Core[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0 });
    proxy = await startCountingProxy(server.url);
  });

  afterEach(async () => {
    for (const core of cores.splice(0)) {
      await core.router.handle('session:logout', undefined);
      await core.stop();
    }
  });

  afterAll(async () => {
    await proxy?.close();
    await server?.close();
    for (const vault of vaults) {
      await vault.delete(SESSION_SECRET);
      await vault.delete(CACHE_KEY_SECRET);
    }
    rmSync(serverDir, { recursive: true, force: true });
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function makeCore(): Promise<{
    core: Core;
    events: { event: string; payload: unknown }[];
    warnings: string[];
    secrets: SecretStore;
  }> {
    const secrets = await openSecretStore({
      service: 'de.cmo.kundencenter.test',
      profile: randomUUID(),
    });
    expect(secrets.kind).toBe('keychain');
    vaults.push(secrets);
    const dir = mkdtempSync(join(tmpdir(), 'kc-team-app-'));
    dirs.push(dir);
    const events: { event: string; payload: unknown }[] = [];
    const warnings: string[] = [];
    const core = createTestCore(env.proxy.url, dir, {
      secrets,
      // polls only when a test asks, so what a pass costs is exact
      syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 200, prefetchGapMs: 0 },
      log: {
        info: () => undefined,
        warn: (message) => warnings.push(message),
        error: (message) => warnings.push(message),
      },
    });
    core.onEvent((event, payload) => events.push({ event, payload }));
    cores.push(core);
    return { core, events, warnings, secrets };
  }

  const call = callOn;

  /** Signs in and waits for the first complete sync pass. */
  async function signIn(core: Core, who: { email: string; password: string }): Promise<void> {
    expect(await call<SessionState>(core, 'session:login', who)).toMatchObject({
      status: 'signedIn',
    });
    await until(
      'the first pass',
      async () => (await call<SyncStatus>(core, 'sync:status')).lastSyncedAt,
    );
    await call<SyncStatus>(core, 'sync:now');
  }

  async function outboxToken(to: string): Promise<string> {
    const url = new URL('/v1/sandbox/outbox', env.server.url);
    url.searchParams.set('to', to);
    const body = (await (await fetch(url)).json()) as unknown;
    const mails = (Array.isArray(body) ? body : (body as { items: unknown[] }).items) as {
      text: string;
    }[];
    const match = /token=([^\s&]+)/.exec(mails[0]?.text ?? '');
    if (!match) throw new Error(`no token in the mail to ${to}`);
    return decodeURIComponent(match[1]!);
  }

  const env = {
    get server() {
      if (!server) throw new Error('the sandbox is not started');
      return server;
    },
    get proxy() {
      if (!proxy) throw new Error('the proxy is not started');
      return proxy;
    },
    makeCore,
    call,
    signIn,
    outboxToken,
  };
  return env;
}
