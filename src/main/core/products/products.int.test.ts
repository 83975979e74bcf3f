// "Produkte & Dienste" in the core against the real sandbox server, with the vault on the real
// Secret Service and the cache on disk: contracts synced, credentials behind the step-up, the
// security check that no login lies in plaintext under the data folder, cancellation, and the
// offline unlock with the server stopped.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { Cached, IpcResult, SyncStatus } from '../../../shared/domain';
import type {
  Cancellation,
  CancellationOptions,
  Contract,
  ContractInvoicePage,
  ContractSummary,
  CredentialLock,
  CredentialView,
} from '../../../shared/products/types';
import type { Core } from '../app-core-types';
import { bytesOf, type Clipboard, type SecretStore } from '../ports';
import { SESSION_SECRET } from '../session/session';
import { openFileSettingsStore } from '../settings/file-settings-store';
import { CACHE_KEY_SECRET } from '../store/encrypted-cache';
import { openSecretStore } from '../vault/keyring-store';
import { callerOf, until } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-products-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-products-app-'));

let server: Awaited<ReturnType<typeof startServer>>;
let secrets: SecretStore;
let core: Core;
const events: { event: string; payload: unknown }[] = [];
const saves: { defaultName: string; data: Uint8Array }[] = [];
const clipboardState = { text: '' };
const clipboard: Clipboard = {
  writeText: (text) => {
    clipboardState.text = text;
  },
  readText: () => Promise.resolve(clipboardState.text),
  clear: () => {
    clipboardState.text = '';
  },
};

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  secrets = await openSecretStore({ service: 'de.cmo.kundencenter.test', profile: randomUUID() });
  expect(secrets.kind).toBe('keychain');
  const settings = openFileSettingsStore(appDir);
  settings.set({ invoicePdfYears: 1 });
  core = createTestCore(server.url, appDir, {
    secrets,
    settings,
    clipboard,
    saveDialog: {
      async save(options) {
        saves.push({ defaultName: options.defaultName, data: await bytesOf(options.data) });
        return { saved: true };
      },
    },
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 200, prefetchGapMs: 0 },
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
});

afterAll(async () => {
  await core.stop();
  await server.close();
  await secrets.delete(SESSION_SECRET);
  await secrets.delete(CACHE_KEY_SECRET);
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

const handle = (channel: string, input?: unknown): Promise<IpcResult<unknown>> =>
  core.router.handle(channel, input);

const call = callerOf(() => core);

async function errorOf(channel: string, input?: unknown): Promise<string> {
  const result = await handle(channel, input);
  return result.ok ? 'no error' : result.error.code;
}

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const contracts = () => call<Cached<ContractSummary[]> | null>('contracts:list');
const lockState = () => call<CredentialLock>('credentials:lock');

describe('Produkte & Dienste in the core', () => {
  it('syncs the contracts: every product type, a cancelled one, details with invoices', async () => {
    await call('session:login', DEMO);
    const list = await until('the contracts synced', contracts, 20_000);
    const types = new Set(list.data.map((c) => c.productType));
    expect(types).toEqual(new Set(['webhosting', 'managed_server', 'email', 'ssl', 'domain']));
    expect(list.data.some((c) => c.status === 'cancelled' && c.endDate)).toBe(true);
    const hosting = list.data.find((c) => c.productName === 'Webhosting Business')!;
    const detail = await call<Cached<Contract>>('contracts:get', { id: hosting.id });
    expect(detail.data.credentialKinds).toEqual(
      expect.arrayContaining(['control_panel', 'ftp', 'ssh', 'database']),
    );
    // the newest 20 of its 24 monthly invoices are kept; the older ones come from the server
    expect(detail.data.invoices).toHaveLength(20);
    expect(detail.data.invoiceCount).toBe(24);
    const older = await call<ContractInvoicePage>('contracts:invoices', {
      id: hosting.id,
      cursor: detail.data.invoicesNextCursor,
    });
    expect(older.items).toHaveLength(4);
    expect(older.nextCursor).toBeNull();
    const ids = [...detail.data.invoices!, ...older.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(24);
    // another customer's contract is not there
    expect(await call('contracts:get', { id: 'V-100235-01' })).toBeNull();
  });

  it('needs the step-up before a password shows; then reveal and copy work', async () => {
    const hosting = (await contracts())!.data.find((c) => c.productType === 'webhosting')!;
    const ref = (credentialId: string) => ({ contractId: hosting.id, credentialId });
    expect((await lockState()).unlockedUntil).toBeNull();
    // locked and nothing read yet: no logins, and no password
    expect(await call('credentials:list', { contractId: hosting.id })).toBeNull();
    expect(await errorOf('credentials:reveal', ref('x'))).toBe('credentials_locked');
    expect(await errorOf('credentials:unlock', { password: 'falsch-falsch' })).toBe(
      'wrong_password',
    );

    const unlocked = await call<CredentialLock>('credentials:unlock', { password: DEMO.password });
    expect(unlocked.unlockedUntil).not.toBeNull();
    expect(unlocked.offlinePasswordReady).toBe(true);
    // the renderer hears it too (an event, so it may come just after the answer)
    await until('lock:changed', () => events.some((e) => e.event === 'lock:changed'), 20_000);

    const list = await call<Cached<CredentialView[]>>('credentials:list', {
      contractId: hosting.id,
    });
    expect(list.data.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['control_panel', 'ftp', 'ssh', 'database']),
    );
    for (const login of list.data) expect(login).not.toHaveProperty('password');

    const { password } = await call<{ password: string }>(
      'credentials:reveal',
      ref(list.data[0]!.id),
    );
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await call('credentials:copy', ref(list.data[0]!.id))).toEqual({ clearsInSeconds: 30 });
    expect(clipboardState.text).toBe(password);
  });

  it('a reset password is shown once and replaces the old one', async () => {
    const mail = (await contracts())!.data.find((c) => c.productType === 'email')!;
    const [login] = (
      await call<Cached<CredentialView[]>>('credentials:list', { contractId: mail.id })
    ).data;
    const ref = { contractId: mail.id, credentialId: login!.id };
    const before = (await call<{ password: string }>('credentials:reveal', ref)).password;
    const reset = await call<{ password: string }>('credentials:reset', ref);
    expect(reset.password).not.toBe(before);
    expect((await call<{ password: string }>('credentials:reveal', ref)).password).toBe(
      reset.password,
    );
  });

  it('after a full sync and revealing every login, no login lies in plaintext on disk', async () => {
    await until('a sync', async () => (await call<SyncStatus>('sync:status')).lastSyncedAt, 20_000);
    const secretsSeen = new Set<string>([DEMO.password]);
    for (const contract of (await contracts())!.data) {
      await call('contracts:get', { id: contract.id });
      const list = await call<Cached<CredentialView[]> | null>('credentials:list', {
        contractId: contract.id,
      });
      for (const login of list?.data ?? []) {
        const ref = { contractId: contract.id, credentialId: login.id };
        secretsSeen.add((await call<{ password: string }>('credentials:reveal', ref)).password);
        secretsSeen.add(login.username);
      }
    }
    // control panel, FTP, SSH, database, mailbox, server logins: passwords and user names
    expect(secretsSeen.size).toBeGreaterThan(10);
    const files = filesUnder(appDir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of secretsSeen) {
        for (const encoding of ['utf8', 'utf16le', 'base64'] as const) {
          const needle = Buffer.from(
            encoding === 'base64' ? Buffer.from(secret).toString('base64') : secret,
            encoding === 'base64' ? 'utf8' : encoding,
          );
          expect(bytes.includes(needle), `${secret} in ${file} (${encoding})`).toBe(false);
        }
      }
    }
  });

  it('cancels online: conflict the second time, receipt PDF, revoke', async () => {
    const ssl = (await contracts())!.data.find((c) => c.productType === 'ssl')!;
    const options = await call<CancellationOptions>('cancellation:options', {
      contractId: ssl.id,
    });
    expect(options.cancellable).toBe(true);
    const request = {
      contractId: ssl.id,
      kind: 'ordinary',
      endDate: options.earliestEndDate,
      requestedBy: options.requestedBy,
      confirmationEmail: options.confirmationEmail,
      closingCompany: true,
    };
    const cancellation = await call<Cancellation>('cancellation:create', request);
    expect(cancellation).toMatchObject({ status: 'confirmed', endDate: options.earliestEndDate });
    // the contract follows at once, without waiting for a sync pass
    const detail = await call<Cached<Contract>>('contracts:get', { id: ssl.id });
    expect(detail.data.status).toBe('cancelled');
    expect(detail.data.cancellation?.id).toBe(cancellation.id);
    expect((await contracts())!.data.find((c) => c.id === ssl.id)?.endDate).toBe(
      options.earliestEndDate,
    );
    expect(await errorOf('cancellation:create', request)).toBe('already_cancelled');

    expect(await call('cancellation:saveReceipt', { contractId: ssl.id })).toEqual({ saved: true });
    const receipt = saves.at(-1)!;
    expect(receipt.defaultName).toBe(`Kuendigung-${ssl.contractNumber}.pdf`);
    expect(Buffer.from(receipt.data).subarray(0, 5).toString()).toBe('%PDF-');

    await call('cancellation:revoke', { contractId: ssl.id });
    expect((await call<Cached<Contract>>('contracts:get', { id: ssl.id })).data.status).toBe(
      'active',
    );
  });

  it('refuses an extraordinary cancellation without a reason, field by field', async () => {
    const domain = (await contracts())!.data.find((c) => c.productType === 'domain')!;
    const result = await handle('cancellation:create', {
      contractId: domain.id,
      kind: 'extraordinary',
      endDate: '2099-01-01',
      requestedBy: 'Max Mustermann',
      confirmationEmail: 'demo@kundencenter.example',
      closingCompany: true,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.fields).toMatchObject({
        reason: 'errors.field.reason_required',
        closingCompany: 'errors.field.closing_company_ordinary',
      });
    }
  });

  it('with the server stopped: unlocks with the password and reads the cached logins', async () => {
    const hosting = (await contracts())!.data.find((c) => c.productType === 'webhosting')!;
    const online = await call<Cached<CredentialView[]>>('credentials:list', {
      contractId: hosting.id,
    });
    const ref = { contractId: hosting.id, credentialId: online.data[0]!.id };
    const password = (await call<{ password: string }>('credentials:reveal', ref)).password;
    await call('credentials:relock');
    expect(await errorOf('credentials:reveal', ref)).toBe('credentials_locked');

    await server.close();
    expect(await errorOf('credentials:unlock', { password: 'falsch-falsch' })).toBe(
      'wrong_password',
    );
    // the OS is not the chosen way, and there is no password: refused
    expect(await errorOf('credentials:unlock', {})).toBe('password_required');
    const state = await call<CredentialLock>('credentials:unlock', { password: DEMO.password });
    expect(state.unlockedUntil).not.toBeNull();
    const offline = await call<Cached<CredentialView[]>>('credentials:list', {
      contractId: hosting.id,
    });
    expect(offline.data).toEqual(online.data);
    expect(await call('credentials:reveal', ref)).toEqual({ password });
    // cancelling needs the server
    expect(await errorOf('cancellation:options', { contractId: hosting.id })).toBe('offline');

    await call('session:logout');
    expect((await lockState()).unlockedUntil).toBeNull();
  });
});
