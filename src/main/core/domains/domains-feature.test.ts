// "Domains" in the core with the real sync engine, an in-memory cache and a scripted server:
// zones read from the synced list, writes with If-Match answered saved or conflict (with the
// current version), a saved zone readable at once, a zone leaving our nameservers, refusals.
import { describe, expect, it } from 'vitest';
import type { DnsSaveResult, DomainWriteResult } from '../../../shared/domains/ipc';
import type { DnsRecord, DnsZone, DomainDetail } from '../../../shared/domains/types';
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import { ApiError, errorFromResponse } from '../api/api-error';
import type { Feature, FeatureContext } from '../feature';
import type { Clock } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import { SyncEngine } from '../sync/sync-engine';
import type { DomainsChannel } from '../../../shared/domains/ipc-names';
import { DOMAINS_RESOURCES } from './domain-resources';
import { createDomainsFeature } from './domains-feature';

const clock: Clock = {
  now: () => Date.UTC(2026, 5, 1),
  setTimeout: () => 0,
  clearTimeout: () => 0,
};

function memoryCache(): EncryptedCache {
  const entries = new Map<string, unknown>();
  return {
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

const OURS = ['ns1.kundencenter.example', 'ns2.kundencenter.example'];

function domain(name: string, records: DnsRecord[]): DomainDetail {
  return {
    name,
    tld: name.split('.').pop()!,
    status: 'active',
    expiresAt: '2027-01-31',
    autoRenew: true,
    transferLock: true,
    contractId: null,
    recordCount: records.length,
    registeredAt: '2020-01-31',
    nameservers: OURS,
    usesOurNameservers: true,
    contacts: { owner: null, admin: null, tech: null, zone: null },
    authCode: null,
    etag: '"d1"',
  };
}

const www = (id: string, value: string): DnsRecord => ({
  id,
  name: 'www',
  type: 'A',
  ttl: 3600,
  value,
});

/** A domains server in memory, enough of the API for the core: ETags, If-Match, the change log. */
function scriptedServer() {
  let version = 1;
  const domains = new Map<string, DomainDetail>();
  const zones = new Map<string, DnsZone>();
  const changes: { resource: string; id: string; op: string }[] = [];
  const requests: RequestOptions[] = [];
  let nextId = 100;
  let dnsRight = true;
  /** the next zone save is refused with this problem body (the server's own rules) */
  let refusal: Record<string, unknown> | null = null;
  const add = (name: string, records: DnsRecord[]) => {
    domains.set(name, domain(name, records));
    zones.set(name, { domain: name, etag: '"z1"', updatedAt: '2026-01-01T00:00:00.000Z', records });
  };
  add('muster-shop.de', [www('r1', '192.0.2.1')]);
  add('muster-webdesign.de', [www('r2', '192.0.2.2'), www('r3', '192.0.2.3')]);
  const bump = (name: string, zone = false) => {
    version++;
    changes.push({ resource: 'domains', id: name, op: 'upsert' });
    if (zone) changes.push({ resource: 'dns-zones', id: name, op: 'upsert' });
  };
  const ok = <T>(data: T, etag?: string): ApiResponse<T> => ({
    status: 200,
    data: structuredClone(data),
    etag,
    notModified: false,
  });
  const answer = (options: RequestOptions): ApiResponse<unknown> => {
    const { path, method = 'GET' } = options;
    if (path === '/v1/changes') {
      const page = { cursor: String(version), changes: [...changes], hasMore: false, reset: false };
      changes.length = 0;
      return ok(page);
    }
    if (path === '/v1/domains') {
      const items = [...domains.values()].map(({ name, recordCount }) => ({
        ...domain(name, []),
        recordCount,
      }));
      return ok({ items: items.map((d) => summary(d)), nextCursor: null });
    }
    if (path === '/v1/dns-zones') {
      if (!dnsRight) throw new ApiError(403, 'forbidden', undefined, undefined, { right: 'dns' });
      const items = [...zones.values()].filter((z) => domains.get(z.domain)?.usesOurNameservers);
      return ok({ items, nextCursor: null });
    }
    const match = /^\/v1\/domains\/([^/]+)(\/.*)?$/.exec(path);
    const name = decodeURIComponent(match?.[1] ?? '');
    const rest = match?.[2] ?? '';
    const detail = domains.get(name);
    if (!detail) throw new ApiError(404, 'not_found');
    const stale = (etag: string) => {
      if (!options.ifMatch) throw new ApiError(428, 'precondition_required');
      if (options.ifMatch !== etag) throw new ApiError(412, 'precondition_failed');
    };
    if (rest === '' && method === 'GET') return ok(detail, detail.etag);
    if (rest === '' && method === 'PATCH') {
      stale(detail.etag);
      const patch = options.body as Partial<DomainDetail>;
      Object.assign(detail, patch, { etag: `"d${version + 1}"` });
      if (patch.nameservers) detail.usesOurNameservers = patch.nameservers.join() === OURS.join();
      bump(name);
      return ok(detail, detail.etag);
    }
    if (rest === '/auth-code' && method === 'POST') {
      if (detail.transferLock) throw new ApiError(409, 'transfer_locked');
      detail.authCode = { validUntil: '2026-07-01T00:00:00.000Z' };
      detail.etag = `"d${version + 1}"`;
      bump(name);
      return {
        ...ok({ domain: name, code: 'Abc-234/xyZ*7', validUntil: '2026-07-01' }),
        status: 201,
      };
    }
    if (rest === '/dns') {
      if (!dnsRight) throw new ApiError(403, 'forbidden', undefined, undefined, { right: 'dns' });
      if (!detail.usesOurNameservers) throw new ApiError(409, 'zone_external');
      const zone = zones.get(name)!;
      if (method === 'GET') return ok(zone, zone.etag);
      stale(zone.etag);
      if (refusal) {
        const body = refusal;
        refusal = null;
        throw errorFromResponse(422, { code: 'dns_invalid', ...body }, undefined, 0);
      }
      const records = (options.body as { records: DnsRecord[] }).records.map((r) =>
        r.id.startsWith('new-') ? { ...r, id: `r${nextId++}` } : r,
      );
      const saved = { ...zone, records, etag: `"z${version + 1}"` };
      zones.set(name, saved);
      detail.recordCount = records.length;
      detail.etag = `"d${version + 1}"`;
      bump(name, true);
      return ok(saved, saved.etag);
    }
    throw new ApiError(404, 'not_found');
  };
  const api = {
    request(options: RequestOptions) {
      requests.push(options);
      return Promise.resolve().then(() => answer(options));
    },
  } as unknown as ApiClient;
  return {
    api,
    requests,
    domains,
    zones,
    bump,
    refuseNextSave: (body: Record<string, unknown>) => {
      refusal = body;
    },
    takeDnsRight: () => {
      dnsRight = false;
    },
  };
}

function summary(d: DomainDetail) {
  const { name, tld, status, expiresAt, autoRenew, transferLock, contractId, recordCount } = d;
  return { name, tld, status, expiresAt, autoRenew, transferLock, contractId, recordCount };
}

async function setup() {
  const server = scriptedServer();
  const cache = memoryCache();
  const data: string[] = [];
  const errors: unknown[] = [];
  const sync = new SyncEngine({
    api: server.api,
    cache,
    clock,
    resources: DOMAINS_RESOURCES,
    onStatus: () => undefined,
    onData: (name) => data.push(name),
    onError: (error) => errors.push(error),
  });
  const ctx = {
    options: {},
    clock,
    session: { api: server.api },
    emit: () => undefined,
    live: () => ({ sync, cache }),
    signedIn: () => ({ sync, cache }),
  } as unknown as FeatureContext;
  const feature: Feature<DomainsChannel> = createDomainsFeature(ctx);
  await sync.start();
  await sync.syncNow();
  const call = async <T>(channel: DomainsChannel, input?: unknown): Promise<T> =>
    (await (feature.handlers[channel] as (input: unknown) => unknown)(input)) as T;
  return { server, sync, data, errors, call };
}

describe('domains in the core', () => {
  it('reads domains and zones from the cache, a zone without asking the server', async () => {
    const { server, call } = await setup();
    const list = await call<{ data: { name: string }[] }>('domains:list');
    expect(list.data.map((d) => d.name)).toEqual(['muster-shop.de', 'muster-webdesign.de']);
    server.requests.length = 0;
    const zone = await call<{ data: DnsZone }>('dns:get', { name: 'muster-webdesign.de' });
    expect(zone.data.records.map((r) => r.value)).toEqual(['192.0.2.2', '192.0.2.3']);
    expect((await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data.etag).toBe(
      '"z1"',
    );
    expect(server.requests).toEqual([]);
  });

  it('saves settings with If-Match, and the next read shows them', async () => {
    const { server, data, call } = await setup();
    const before = (await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' }))
      .data;
    data.length = 0;
    const result = await call<DomainWriteResult>('domains:update', {
      name: 'muster-shop.de',
      etag: before.etag,
      autoRenew: false,
    });
    expect(result.status).toBe('saved');
    expect(server.requests.find((r) => r.method === 'PATCH')?.ifMatch).toBe(before.etag);
    const after = await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' });
    expect(after.data.autoRenew).toBe(false);
    expect(after.data.etag).not.toBe(before.etag);
    const list = await call<{ data: { name: string; autoRenew: boolean }[] }>('domains:list');
    expect(list.data.find((d) => d.name === 'muster-shop.de')?.autoRenew).toBe(false);
    expect(data).toContain('domains');
  });

  it('answers a stale etag with the domain as it is now, nothing overwritten', async () => {
    const { server, call } = await setup();
    const mine = (await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' }))
      .data;
    // another device switches the transfer lock off meanwhile
    const theirs = server.domains.get('muster-shop.de')!;
    theirs.transferLock = false;
    theirs.etag = '"elsewhere"';
    const result = await call<DomainWriteResult>('domains:update', {
      name: 'muster-shop.de',
      etag: mine.etag,
      autoRenew: false,
    });
    expect(result).toMatchObject({
      status: 'conflict',
      theirs: { transferLock: false, autoRenew: true, etag: '"elsewhere"' },
    });
    expect(server.domains.get('muster-shop.de')?.autoRenew).toBe(true);
    // saving again with their etag goes through
    const again = await call<DomainWriteResult>('domains:update', {
      name: 'muster-shop.de',
      etag: '"elsewhere"',
      autoRenew: false,
    });
    expect(again.status).toBe('saved');
  });

  it('shows a saved zone at once, in the zone and in the record count', async () => {
    const { data, call } = await setup();
    const zone = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    data.length = 0;
    const result = await call<DnsSaveResult>('dns:save', {
      name: 'muster-shop.de',
      baseEtag: zone.etag,
      records: [...zone.records, www('new-1', '192.0.2.9')],
    });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.zone.records.map((r) => r.id)).toEqual(['r1', 'r100']);
    const now = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    expect(now).toEqual(result.zone);
    const list = await call<{ data: { name: string; recordCount: number }[] }>('domains:list');
    expect(list.data.find((d) => d.name === 'muster-shop.de')?.recordCount).toBe(2);
    expect(data).toEqual(expect.arrayContaining(['dns-zones', 'domains']));
  });

  it('answers a zone saved elsewhere meanwhile with their zone, to re-apply the edits on', async () => {
    const { server, call } = await setup();
    const base = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    server.zones.set('muster-shop.de', {
      ...base,
      etag: '"z-theirs"',
      records: [www('r1', '192.0.2.50')],
    });
    const result = await call<DnsSaveResult>('dns:save', {
      name: 'muster-shop.de',
      baseEtag: base.etag,
      records: [www('r1', '192.0.2.77')],
    });
    expect(result).toMatchObject({
      status: 'conflict',
      theirs: { etag: '"z-theirs"', records: [{ value: '192.0.2.50' }] },
    });
    // the editor now works on their version
    const now = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    expect(now.etag).toBe('"z-theirs"');
  });

  it('refuses a zone that breaks a rule without sending it, the cache unchanged', async () => {
    const { server, call } = await setup();
    const base = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    server.requests.length = 0;
    const result = await call<DnsSaveResult>('dns:save', {
      name: 'muster-shop.de',
      baseEtag: base.etag,
      records: [...base.records, www('new-1', '300.1.2.3')],
    });
    expect(result).toEqual({
      status: 'invalid',
      issues: [{ recordId: 'new-1', field: 'value', code: 'ipv4_invalid' }],
    });
    expect(server.requests).toEqual([]);
    expect((await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data).toEqual(
      base,
    );
  });

  it("shows the server's issues at their fields when its rules find more than the app's", async () => {
    const { server, call } = await setup();
    const base = (await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data;
    const issue = { recordId: 'r1', field: 'value', code: 'reserved_address', params: { a: 1 } };
    server.refuseNextSave({ issues: [issue, { recordId: 'r1', field: 'nonsense', code: 'x' }] });
    const result = await call<DnsSaveResult>('dns:save', {
      name: 'muster-shop.de',
      baseEtag: base.etag,
      records: base.records,
    });
    // only issues at a field the editor has are shown; nothing was saved
    expect(result).toEqual({ status: 'invalid', issues: [issue] });
    expect((await call<{ data: DnsZone }>('dns:get', { name: 'muster-shop.de' })).data).toEqual(
      base,
    );
  });

  it('takes a zone out of the list when its domain moves to other nameservers', async () => {
    const { errors, sync, call } = await setup();
    const detail = (await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' }))
      .data;
    const result = await call<DomainWriteResult>('domains:update', {
      name: 'muster-shop.de',
      etag: detail.etag,
      nameservers: ['ns1.elsewhere.example', 'ns2.elsewhere.example'],
    });
    expect(result).toMatchObject({ status: 'saved', domain: { usesOurNameservers: false } });
    await expect(call('dns:get', { name: 'muster-shop.de' })).rejects.toMatchObject({
      status: 409,
      code: 'zone_external',
    });
    // a pass naming the zone (the log of another device) does not fail on it
    const zones = await sync.read<DnsZone[]>('dns-zones');
    expect(zones?.data.map((z) => z.domain)).toEqual(['muster-webdesign.de']);
    await sync.syncNow();
    expect(errors).toEqual([]);
  });

  it('generates an auth code only without the transfer lock, the detail naming its validity', async () => {
    const { call } = await setup();
    await expect(call('domains:authCode', { name: 'muster-shop.de' })).rejects.toMatchObject({
      code: 'transfer_locked',
    });
    const detail = (await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' }))
      .data;
    await call('domains:update', {
      name: 'muster-shop.de',
      etag: detail.etag,
      transferLock: false,
    });
    const code = await call<{ code: string }>('domains:authCode', { name: 'muster-shop.de' });
    expect(code.code).toBe('Abc-234/xyZ*7');
    const after = await call<{ data: DomainDetail }>('domains:get', { name: 'muster-shop.de' });
    expect(after.data.authCode).toEqual({ validUntil: '2026-07-01T00:00:00.000Z' });
  });

  it('names a domain the server does not know', async () => {
    const { call } = await setup();
    await expect(
      call('domains:update', { name: 'fremd.de', etag: '"x"', autoRenew: true }),
    ).rejects.toMatchObject({ status: 404, code: 'domain_not_found' });
    await expect(call('dns:get', { name: 'fremd.de' })).rejects.toMatchObject({
      code: 'domain_not_found',
    });
    expect(await call('domains:get', { name: 'fremd.de' })).toBeNull();
  });

  it('without the dns right: domains readable, zones answer the refusal, sync unharmed', async () => {
    const server = scriptedServer();
    server.takeDnsRight();
    const cache = memoryCache();
    const errors: unknown[] = [];
    const sync = new SyncEngine({
      api: server.api,
      cache,
      clock,
      resources: DOMAINS_RESOURCES,
      onStatus: () => undefined,
      onData: () => undefined,
      onError: (error) => errors.push(error),
    });
    const ctx = {
      options: {},
      clock,
      session: { api: server.api },
      live: () => ({ sync, cache }),
      signedIn: () => ({ sync, cache }),
    } as unknown as FeatureContext;
    const feature = createDomainsFeature(ctx);
    await sync.start();
    const status = await sync.syncNow();
    expect(status.online).toBe(true);
    expect(errors).toEqual([]);
    const list = await feature.handlers['domains:list'](undefined);
    expect(list?.data).toHaveLength(2);
    await expect(
      Promise.resolve(feature.handlers['dns:get']({ name: 'muster-shop.de' })),
    ).rejects.toMatchObject({ status: 403, details: { right: 'dns' } });
  });
});
