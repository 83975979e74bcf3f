/**
 * The set-up of "Abrechnung" in the core against the real sandbox server (billing.int): the
 * vault on the real Secret Service, a counting proxy between core and server (see
 * testing/counting-proxy.ts) that forwards every request untouched and writes it down, and
 * the server stopped and started again behind it for the app's "offline".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { InvoiceSummary } from '../../../shared/billing';
import type { IpcResult } from '../../../shared/domain';
import { createCore } from '../app-core';
import type { Core } from '../app-core-types';
import { bytesOf, type SaveDialog, type SecretStore } from '../ports';
import { SESSION_SECRET } from '../session/session';
import { openFileSettingsStore } from '../settings/file-settings-store';
import { CACHE_KEY_SECRET } from '../store/encrypted-cache';
import { startCountingProxy, type CountingProxy } from '../testing/counting-proxy';
import { callerOf, until } from '../testing/core-calls';
import { openSecretStore } from '../vault/keyring-store';

export const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
export const THIS_YEAR = new Date().getFullYear();

export const inWindow = (invoices: InvoiceSummary[], years: number) =>
  invoices.filter((i) => Number(i.issueDate.slice(0, 4)) >= THIS_YEAR - (years - 1));

/** Registers the hooks of the test file and answers what its tests use. */
export function billingSandbox() {
  const serverDir = mkdtempSync(join(tmpdir(), 'kc-billing-server-'));
  const appDir = mkdtempSync(join(tmpdir(), 'kc-billing-app-'));

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let port: number;
  let proxy: CountingProxy | undefined;
  let secrets: SecretStore;
  let core: Core | undefined;
  const events: { event: string; payload: unknown }[] = [];
  const saves: { defaultName: string; data: Uint8Array }[] = [];

  const saveDialog: SaveDialog = {
    async save(options) {
      saves.push({ defaultName: options.defaultName, data: await bytesOf(options.data) });
      return { saved: true };
    },
  };

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0 });
    port = server.port;
    proxy = await startCountingProxy(server.url);
    secrets = await openSecretStore({
      service: 'de.cmo.kundencenter.test',
      profile: randomUUID(),
    });
    expect(secrets.kind).toBe('keychain');
    const settings = openFileSettingsStore(appDir);
    // one year first: the test widens it later and watches the prefetch follow
    settings.set({ invoicePdfYears: 1 });
    core = createCore({
      apiUrl: env.proxy.url,
      dataDir: appDir,
      host: 'web',
      version: 'test',
      secrets,
      settings,
      notifier: { show: () => undefined },
      clipboard: {
        writeText: () => undefined,
        readText: () => Promise.resolve(''),
        clear: () => undefined,
      },
      saveDialog,
      // polls only when a test asks (sync:now), so request counts are exact
      syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 200, prefetchGapMs: 0 },
    });
    core.onEvent((event, payload) => events.push({ event, payload }));
  });

  afterAll(async () => {
    await core?.stop();
    await proxy?.close();
    await server?.close();
    await secrets.delete(SESSION_SECRET);
    await secrets.delete(CACHE_KEY_SECRET);
    rmSync(serverDir, { recursive: true, force: true });
    rmSync(appDir, { recursive: true, force: true });
  });

  async function handle(channel: string, input?: unknown): Promise<IpcResult<unknown>> {
    return env.core.router.handle(channel, input);
  }

  const call = callerOf(() => env.core);

  const dataEvents = (resource: string) =>
    events.filter(
      (e) =>
        e.event === 'data:changed' && (e.payload as { resource: string }).resource === resource,
    ).length;

  const pdfRequests = () =>
    new Set(
      env.proxy.all
        .filter((r) => /^\/v1\/invoices\/[^/]+\/pdf$/.test(r.path))
        .map((r) => r.path.split('/')[3]),
    );

  /** Background work (the PDF prefetch) has gone quiet: nothing on the wire for a while. */
  const settled = () =>
    until('the proxy quiet', () => env.proxy.inFlight() === 0 && env.proxy.quietFor() > 400);

  const env = {
    appDir,
    saves,
    get core() {
      if (!core) throw new Error('the core is not started');
      return core;
    },
    get server() {
      if (!server) throw new Error('the sandbox is not started');
      return server;
    },
    get proxy() {
      if (!proxy) throw new Error('the proxy is not started');
      return proxy;
    },
    /** the server back on its port, with its data, after it was stopped */
    async restartServer() {
      server = await startServer({ dataDir: serverDir, port });
    },
    handle,
    call,
    dataEvents,
    pdfRequests,
    settled,
  };
  return env;
}
