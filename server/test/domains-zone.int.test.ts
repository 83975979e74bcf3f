/**
 * DNS zones against the real server: one zone (ETag and 304, If-Match, a zone refused as a
 * whole) and the pages of every zone served here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type Schemas, type TestServer } from './helpers';
import { domainsApi } from './domains-helpers';
import { startWithDemoToken } from './team-helpers';

type Zone = Schemas['DnsZone'];
type Summary = Schemas['DomainSummary'];
type Page<T> = { items: T[]; nextCursor: string | null };

let s: TestServer;
let token = '';
const { auth, get, detail, zone, changesSince, cursorNow } = domainsApi(
  () => s,
  () => token,
);

beforeAll(async () => {
  ({ s, token } = await startWithDemoToken());
}, 60_000);
afterAll(() => s.stop());

describe('the DNS zone', () => {
  const name = 'muster-webdesign.de';
  const put = (records: unknown[], ifMatch?: string) =>
    s.call<Zone>(
      'PUT',
      `/v1/domains/${name}/dns`,
      { records },
      { ...auth(), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    );

  it('answers with the ETag of the zone and 304 when unchanged', async () => {
    const res = await get<Zone>(`/v1/domains/${name}/dns`);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    const again = await get(`/v1/domains/${name}/dns`, { 'if-none-match': res.body.etag });
    expect(again.status).toBe(304);
    expectProblem(await get('/v1/domains/erika-mustermann.de/dns'), 409, 'zone_external');
  });

  it('needs If-Match: 428 without, 412 when stale', async () => {
    const current = await zone(name);
    expectProblem(await put(current.records), 428, 'precondition_required');
    expectProblem(await put(current.records, '"stale"'), 412, 'precondition_failed');
    expect((await zone(name)).etag).toBe(current.etag);
  });

  it('refuses a zone with one bad record as a whole, naming it; nothing is saved', async () => {
    const current = await zone(name);
    const records = [
      ...current.records.filter((r) => r.type !== 'CAA'),
      { id: 'new-1', name: 'neu', type: 'A', ttl: 3600, value: '203.0.113.99' },
      { id: 'new-2', name: '@', type: 'CNAME', ttl: 3600, value: 'elsewhere.example' },
    ];
    const res = await put(records, current.etag);
    const problem = expectProblem(res, 422, 'dns_invalid') as Schemas['DnsInvalidProblem'];
    expect(problem.issues.length).toBeGreaterThan(0);
    expect(problem.issues.map((i) => i.recordId)).toContain('new-2');
    expect(problem.issues.map((i) => i.recordId)).not.toContain('new-1');
    const after = await zone(name);
    expect(after).toEqual(current);
  });

  it('saves the whole zone: kept ids stay, new ones get server ids, the ETag moves on', async () => {
    const current = await zone(name);
    const zonesTag = (await get('/v1/dns-zones')).headers.get('etag') ?? '';
    const www = current.records.find((r) => r.name === 'www' && r.type === 'A')!;
    const records = [
      ...current.records
        .filter((r) => r.type !== 'CAA')
        .map((r) => (r.id === www.id ? { ...r, value: '203.0.113.77' } : r)),
      { id: 'new-1', name: ' neu ', type: 'A', ttl: 300, value: ' 203.0.113.99 ' },
    ];
    const cursor = await cursorNow();
    const res = await put(records, current.etag);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body.etag).not.toBe(current.etag);
    expect(res.body.records).toHaveLength(records.length);
    expect(res.body.records.find((r) => r.id === www.id)?.value).toBe('203.0.113.77');
    const added = res.body.records.find((r) => r.name === 'neu')!;
    expect(added.id).not.toMatch(/^new-/);
    // stored without the spaces the rules accept
    expect(added.value).toBe('203.0.113.99');
    expect(res.body.records.some((r) => r.type === 'CAA')).toBe(false);
    expect(await zone(name)).toEqual(res.body);
    expect(await changesSince(cursor)).toEqual([`dns-zones:${name}`, `domains:${name}`]);
    expect((await detail(name)).recordCount).toBe(records.length);
    expect((await get('/v1/dns-zones', { 'if-none-match': zonesTag })).status).toBe(200);
    // the ETag the save started from is stale now
    expectProblem(await put(records, current.etag), 412, 'precondition_failed');
  });
});

describe('GET /v1/dns-zones', () => {
  it('pages every zone served here with its records, 304 while nothing changed', async () => {
    const first = await get<Page<Zone>>('/v1/dns-zones?limit=3');
    expect(first.body.items).toHaveLength(3);
    const etag = first.headers.get('etag') ?? '';
    const rest = await get<Page<Zone>>(`/v1/dns-zones?limit=3&cursor=${first.body.nextCursor}`);
    expect(rest.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...rest.body.items];
    expect(all.map((z) => z.domain)).not.toContain('erika-mustermann.de');
    for (const z of all) expect(z).toEqual(await zone(z.domain));
    expect((await get('/v1/dns-zones?limit=3', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe("another customer's domain", () => {
  const name = 'max-mustermann.de';

  it('is answered like a missing one on every domain endpoint', async () => {
    const etag = { 'if-match': '*' };
    const calls = [
      get(`/v1/domains/${name}`),
      s.call('PATCH', `/v1/domains/${name}`, { autoRenew: false }, { ...auth(), ...etag }),
      s.call(
        'PUT',
        `/v1/domains/${name}/contacts`,
        { owner: '1', admin: '1', tech: '1', zone: '1' },
        { ...auth(), ...etag },
      ),
      s.call('POST', `/v1/domains/${name}/auth-code`, undefined, auth()),
      get(`/v1/domains/${name}/dns`),
      s.call('PUT', `/v1/domains/${name}/dns`, { records: [] }, { ...auth(), ...etag }),
    ];
    for (const res of await Promise.all(calls)) expectProblem(res, 404, 'not_found');
    const list = await get<Page<Summary>>('/v1/domains?q=max');
    expect(list.body.items).toEqual([]);
  });
});
