// "Domains" in the core against the real sandbox server: domains and zones readable after the
// sync and with the server stopped; writes with a stale etag answered with the current
// version; a saved zone readable at once; a zone breaking a rule refused, nothing sent; a
// change made on another device arriving through the change log; a colleague without the dns
// right reading domains while zones answer the refusal, the sync unharmed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { Cached, IpcResult, SyncStatus } from '../../../shared/domain';
import type { DnsSaveResult, DomainWriteResult } from '../../../shared/domains/ipc';
import type {
  AuthCode,
  DnsRecord,
  DnsZone,
  DomainDetail,
  DomainSummary,
} from '../../../shared/domains/types';
import { isValidAuthCode } from '../../../shared/domains/auth-code';
import type { Team } from '../../../shared/team/types';
import type { Core } from '../app-core-types';
import { callOn as call, until } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const PASSWORD = 'Demo-Passwort-2026';
const ERIKA = 'demo@kundencenter.example';
const JONAS = 'jonas.weber@muster-webdesign.example';
const MAIN = 'muster-webdesign.de';
const EXTERNAL = 'erika-mustermann.de';

const serverDir = mkdtempSync(join(tmpdir(), 'kc-domains-server-'));
const dirs: string[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
const cores: Core[] = [];

interface Device {
  core: Core;
  events: { event: string; payload: unknown }[];
}

function makeDevice(): Device {
  const dir = mkdtempSync(join(tmpdir(), 'kc-domains-app-'));
  dirs.push(dir);
  const events: { event: string; payload: unknown }[] = [];
  const core = createTestCore(server.url, dir, {
    // passes only when a test asks (or a write refreshes), so what arrives is the test's doing
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 200, prefetchGapMs: 0 },
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  cores.push(core);
  return { core, events };
}

async function result<T>(core: Core, channel: string, input?: unknown): Promise<IpcResult<T>> {
  return (await core.router.handle(channel, input)) as IpcResult<T>;
}

async function signIn(device: Device, email: string): Promise<void> {
  await device.core.start();
  await call(device.core, 'session:login', { email, password: PASSWORD });
  await call<SyncStatus>(device.core, 'sync:now');
}

/** Another device of Erika's: plain HTTP with its own session (one sign-in, kept). */
let phone: ReturnType<typeof otherDevice> | null = null;
const erikasPhone = () => (phone ??= otherDevice(ERIKA));

async function otherDevice(email: string) {
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const send = async <T>(method: string, path: string, body?: unknown, ifMatch?: string) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    zone: async (name: string) => (await send<DnsZone>('GET', `/v1/domains/${name}/dns`)).body,
    detail: async (name: string) => (await send<DomainDetail>('GET', `/v1/domains/${name}`)).body,
    saveZone: (name: string, records: DnsRecord[], etag: string) =>
      send<DnsZone>('PUT', `/v1/domains/${name}/dns`, { records }, etag),
    patch: (name: string, patch: Record<string, unknown>, etag: string) =>
      send<DomainDetail>('PATCH', `/v1/domains/${name}`, patch, etag),
  };
}

const txt = (id: string, value: string): DnsRecord => ({
  id,
  name: 'test',
  type: 'TXT',
  ttl: 3600,
  value,
});

const zoneOf = async (core: Core, name = MAIN) =>
  (await call<Cached<DnsZone>>(core, 'dns:get', { name })).data;
const detailOf = async (core: Core, name = MAIN) =>
  (await call<Cached<DomainDetail>>(core, 'domains:get', { name })).data;

let erika: Device;

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  erika = makeDevice();
  await signIn(erika, ERIKA);
});

afterAll(async () => {
  for (const core of cores) await core.stop();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('domains in the core', () => {
  it('has the domains and their zones after the sync', async () => {
    const list = await call<Cached<DomainSummary[]>>(erika.core, 'domains:list');
    expect(list.data.map((d) => d.name)).toContain(MAIN);
    const detail = await detailOf(erika.core);
    expect(detail.usesOurNameservers).toBe(true);
    const zone = await zoneOf(erika.core);
    expect(zone.records.length).toBe(detail.recordCount);
    expect(zone.records.some((r) => r.type === 'MX')).toBe(true);
    // a domain on other nameservers has no zone here, and says why
    const external = await result(erika.core, 'dns:get', { name: EXTERNAL });
    expect(external).toMatchObject({ ok: false, error: { code: 'zone_external' } });
  });

  it('answers an update with a stale etag with the domain as it is now', async () => {
    const mine = await detailOf(erika.core);
    const phone = await erikasPhone();
    const changed = await phone.patch(MAIN, { autoRenew: !mine.autoRenew }, mine.etag);
    expect(changed.status).toBe(200);

    const answer = await call<DomainWriteResult>(erika.core, 'domains:update', {
      name: MAIN,
      etag: mine.etag,
      transferLock: !mine.transferLock,
    });
    expect(answer.status).toBe('conflict');
    if (answer.status !== 'conflict') return;
    expect(answer.theirs.autoRenew).toBe(!mine.autoRenew);
    expect(answer.theirs.transferLock).toBe(mine.transferLock);
    expect(answer.theirs.etag).toBe(changed.body.etag);

    erika.events.length = 0;
    const saved = await call<DomainWriteResult>(erika.core, 'domains:update', {
      name: MAIN,
      etag: answer.theirs.etag,
      transferLock: !mine.transferLock,
    });
    expect(saved).toMatchObject({ status: 'saved', domain: { transferLock: !mine.transferLock } });
    // the next read shows it, and the screens heard of it
    expect((await detailOf(erika.core)).transferLock).toBe(!mine.transferLock);
    expect(erika.events).toContainEqual({
      event: 'data:changed',
      payload: { resource: 'domains' },
    });
  });

  it('shows a saved zone at once, and answers a stale save with their zone', async () => {
    const base = await zoneOf(erika.core);
    erika.events.length = 0;
    const saved = await call<DnsSaveResult>(erika.core, 'dns:save', {
      name: MAIN,
      baseEtag: base.etag,
      records: [...base.records, txt('new-1', 'gespeichert')],
    });
    expect(saved.status).toBe('saved');
    if (saved.status !== 'saved') return;
    const now = await zoneOf(erika.core);
    expect(now.etag).toBe(saved.zone.etag);
    expect(now.records.find((r) => r.value === 'gespeichert')?.id).not.toMatch(/^new-/);
    expect(erika.events).toContainEqual({
      event: 'data:changed',
      payload: { resource: 'dns-zones' },
    });
    const summary = (await call<Cached<DomainSummary[]>>(erika.core, 'domains:list')).data.find(
      (d) => d.name === MAIN,
    );
    expect(summary?.recordCount).toBe(base.records.length + 1);

    // someone else saves meanwhile: the save with the old etag hears their zone
    const phone = await erikasPhone();
    const theirs = await phone.saveZone(
      MAIN,
      [...now.records, txt('new-x', 'von woanders')],
      now.etag,
    );
    expect(theirs.status).toBe(200);
    const stale = await call<DnsSaveResult>(erika.core, 'dns:save', {
      name: MAIN,
      baseEtag: now.etag,
      records: [...now.records, txt('new-2', 'meins')],
    });
    expect(stale.status).toBe('conflict');
    if (stale.status !== 'conflict') return;
    expect(stale.theirs.etag).toBe(theirs.body.etag);
    expect(stale.theirs.records.map((r) => r.value)).toContain('von woanders');
    expect(stale.theirs.records.map((r) => r.value)).not.toContain('meins');
  });

  it('refuses a zone with a bad record as a whole: issues named, nothing saved, cache unchanged', async () => {
    const base = await zoneOf(erika.core);
    const answer = await call<DnsSaveResult>(erika.core, 'dns:save', {
      name: MAIN,
      baseEtag: base.etag,
      records: [
        ...base.records,
        txt('new-3', 'gut'),
        { id: 'new-4', name: 'kaputt', type: 'A', ttl: 3600, value: '300.0.0.1' },
      ],
    });
    expect(answer).toEqual({
      status: 'invalid',
      issues: [{ recordId: 'new-4', field: 'value', code: 'ipv4_invalid' }],
    });
    expect(await zoneOf(erika.core)).toEqual(base);
    expect((await (await erikasPhone()).zone(MAIN)).etag).toBe(base.etag);
  });

  it('brings a change made on another device through the change log', async () => {
    const phone = await erikasPhone();
    const zone = await phone.zone(MAIN);
    const saved = await phone.saveZone(
      MAIN,
      [...zone.records, txt('new-5', 'vom Handy')],
      zone.etag,
    );
    expect(saved.status).toBe(200);
    const detail = await phone.detail('muster-webdesign.eu');
    expect(
      (await phone.patch('muster-webdesign.eu', { autoRenew: !detail.autoRenew }, detail.etag))
        .status,
    ).toBe(200);

    await call(erika.core, 'sync:now');
    expect((await zoneOf(erika.core)).records.map((r) => r.value)).toContain('vom Handy');
    const list = await call<Cached<DomainSummary[]>>(erika.core, 'domains:list');
    expect(list.data.find((d) => d.name === 'muster-webdesign.eu')?.autoRenew).toBe(
      !detail.autoRenew,
    );
  });

  it('generates an auth code once the transfer lock is off', async () => {
    const name = 'muster-webdesign.com';
    let detail = await detailOf(erika.core, name);
    if (!detail.transferLock) {
      const locked = await call<DomainWriteResult>(erika.core, 'domains:update', {
        name,
        etag: detail.etag,
        transferLock: true,
      });
      if (locked.status === 'saved') detail = locked.domain;
    }
    expect(await result(erika.core, 'domains:authCode', { name })).toMatchObject({
      ok: false,
      error: { code: 'transfer_locked' },
    });
    await call(erika.core, 'domains:update', { name, etag: detail.etag, transferLock: false });
    const code = await call<AuthCode>(erika.core, 'domains:authCode', { name });
    expect(isValidAuthCode('com', code.code)).toBe(true);
    expect((await detailOf(erika.core, name)).authCode?.validUntil).toBe(code.validUntil);
  });

  it('lets a colleague without the dns right read domains, zones answering the refusal', async () => {
    const team = await until('team synced', () =>
      call<Cached<Team> | null>(erika.core, 'team:get'),
    );
    const jonas = team.data.users.find((user) => user.email === JONAS)!;
    await call(erika.core, 'users:setRights', {
      userId: jonas.id,
      rights: jonas.rights.filter((right) => right !== 'dns'),
    });
    const colleague = makeDevice();
    await signIn(colleague, JONAS);
    const status = await call<SyncStatus>(colleague.core, 'sync:now');
    expect(status.online).toBe(true);
    expect(status.lastSyncedAt).not.toBeNull();
    const list = await call<Cached<DomainSummary[]>>(colleague.core, 'domains:list');
    expect(list.data.map((d) => d.name)).toContain(MAIN);
    expect((await detailOf(colleague.core)).name).toBe(MAIN);
    expect(await result(colleague.core, 'dns:get', { name: MAIN })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { right: 'dns' } },
    });
    // a further pass goes through as before
    expect((await call<SyncStatus>(colleague.core, 'sync:now')).online).toBe(true);
  });

  it('with the server stopped: domains and zones readable, writes answer offline', async () => {
    const online = await call<Cached<DomainSummary[]>>(erika.core, 'domains:list');
    const zone = await zoneOf(erika.core);
    const detail = await detailOf(erika.core);
    await server.close();
    expect((await call<Cached<DomainSummary[]>>(erika.core, 'domains:list')).data).toEqual(
      online.data,
    );
    expect(await zoneOf(erika.core)).toEqual(zone);
    expect(await detailOf(erika.core)).toEqual(detail);
    expect(
      await result(erika.core, 'domains:update', {
        name: MAIN,
        etag: detail.etag,
        autoRenew: !detail.autoRenew,
      }),
    ).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(
      await result(erika.core, 'dns:save', {
        name: MAIN,
        baseEtag: zone.etag,
        records: zone.records,
      }),
    ).toMatchObject({ ok: false, error: { code: 'offline' } });
  });
});
