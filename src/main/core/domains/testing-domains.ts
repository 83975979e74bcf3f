/**
 * The scripted server and the set-up of the "Domains" core tests (domains-feature.test.ts):
 * the real sync engine and the feature over an in-memory cache, with a server that answers
 * reads, If-Match writes (saved or conflict) and refusals as the sandbox does.
 */
import type { DnsRecord, DnsZone, DomainDetail } from '../../../shared/domains/types';
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import { ApiError, errorFromResponse } from '../api/api-error';
import type { Feature, FeatureContext } from '../feature';
import type { Clock } from '../ports';
import { SyncEngine } from '../sync/sync-engine';
import type { DomainsChannel } from '../../../shared/domains/ipc-names';
import { DOMAINS_RESOURCES } from './domain-resources';
import { createDomainsFeature } from './domains-feature';
import { createMemoryCache } from '../store/memory-cache';

export const clock: Clock = {
  now: () => Date.UTC(2026, 5, 1),
  setTimeout: () => 0,
  clearTimeout: () => 0,
};

/** the cache's contract in memory (store/memory-cache.ts), shared by the core's tests */
export const memoryCache = createMemoryCache;

export const OURS = ['ns1.kundencenter.example', 'ns2.kundencenter.example'];

export function domain(name: string, records: DnsRecord[]): DomainDetail {
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

export const www = (id: string, value: string): DnsRecord => ({
  id,
  name: 'www',
  type: 'A',
  ttl: 3600,
  value,
});

/** A domains server in memory, enough of the API for the core: ETags, If-Match, the change log. */
export function scriptedServer() {
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

export function summary(d: DomainDetail) {
  const { name, tld, status, expiresAt, autoRenew, transferLock, contractId, recordCount } = d;
  return { name, tld, status, expiresAt, autoRenew, transferLock, contractId, recordCount };
}

export async function setup() {
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
