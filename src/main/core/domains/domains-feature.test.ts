// "Domains" in the core with the real sync engine, an in-memory cache and a scripted server:
// zones read from the synced list, writes with If-Match answered saved or conflict (with the
// current version), a saved zone readable at once, a zone leaving our nameservers, refusals.
import { describe, expect, it } from 'vitest';
import type { DnsSaveResult, DomainWriteResult } from '../../../shared/domains/ipc';
import type { DnsZone, DomainDetail } from '../../../shared/domains/types';
import type { FeatureContext } from '../feature';
import { SyncEngine } from '../sync/sync-engine';
import { DOMAINS_RESOURCES } from './domain-resources';
import { createDomainsFeature } from './domains-feature';
import { clock, memoryCache, www, scriptedServer, setup } from './testing-domains';

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
