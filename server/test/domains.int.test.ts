/**
 * "Domains" through the API: the list's pages and ETag, a domain's detail, its writes with
 * If-Match (428/412), nameservers and contacts checked, auth codes, the DNS zone saved as a
 * whole (a bad record refuses it, nothing half-saved), every zone of the customer, and another
 * customer's domain answered like a missing one on every endpoint.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidAuthCode } from '../../src/shared/domains/auth-code';
import { validateZone } from '../../src/shared/domains/dns-rules';
import { EXPIRING_SOON_DAYS, type DnsRecord } from '../../src/shared/domains/types';
import { DEMO_EMAIL, expectProblem, type TestServer } from './helpers';
import { domainsApi } from './domains-helpers';
import { startWithDemoToken } from './team-helpers';

type Schemas = import('./helpers').Schemas;
type Summary = Schemas['DomainSummary'];
type Detail = Schemas['DomainDetail'];
type Zone = Schemas['DnsZone'];
type Page<T> = { items: T[]; nextCursor: string | null };

let s: TestServer;
let token = '';
const { auth, get, detail, zone, changesSince, cursorNow } = domainsApi(
  () => s,
  () => token,
);

function storedAuthHash(name: string): string | null {
  const db = new Database(path.join(s.dataDir, 'kundencenter.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT auth_code_hash FROM domains WHERE name = ?').get(name) as {
      auth_code_hash: string | null;
    };
    return row.auth_code_hash;
  } finally {
    db.close();
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  ({ s, token } = await startWithDemoToken());
}, 60_000);
afterAll(() => s.stop());

describe('the demo domains', () => {
  it('hold .de, .com and .eu, one expiring soon and one with other nameservers', async () => {
    const res = await get<Page<Summary>>('/v1/domains');
    expect(res.status).toBe(200);
    const names = res.body.items.map((d) => d.name);
    expect(names).toEqual([
      'erika-mustermann.de',
      'muster-webdesign-shop.de',
      'muster-webdesign.com',
      'muster-webdesign.de',
      'muster-webdesign.eu',
    ]);
    const today = new Date(s.clock.now()).toISOString().slice(0, 10);
    const soon = new Date(s.clock.now() + EXPIRING_SOON_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expiring = res.body.items.filter((d) => d.expiresAt >= today && d.expiresAt <= soon);
    expect(expiring.map((d) => d.name)).toEqual(['muster-webdesign-shop.de']);
    expect(res.body.items.find((d) => d.name === 'muster-webdesign.com')).toMatchObject({
      status: 'expired',
      contractId: 'V-100234-07',
    });
    const external = await detail('erika-mustermann.de');
    expect(external).toMatchObject({ usesOurNameservers: false, recordCount: 0 });
  });

  it('have zones that pass every DNS rule, with web, mail, SPF, DMARC, DKIM, SRV and CAA', async () => {
    const res = await get<Page<Zone>>('/v1/dns-zones?limit=500');
    expect(res.body.items.map((z) => z.domain)).toEqual([
      'muster-webdesign-shop.de',
      'muster-webdesign.com',
      'muster-webdesign.de',
      'muster-webdesign.eu',
    ]);
    for (const z of res.body.items) {
      expect(validateZone(z.domain, z.records as DnsRecord[]), z.domain).toEqual([]);
    }
    const full = res.body.items.find((z) => z.domain === 'muster-webdesign.de')!.records;
    const has = (name: string, type: string) =>
      full.filter((r) => r.name === name && r.type === type);
    expect(has('@', 'A')).toHaveLength(1);
    expect(has('www', 'AAAA')).toHaveLength(1);
    expect(has('@', 'MX').map((r) => r.priority)).toEqual([10, 20]);
    expect(has('@', 'TXT')[0]?.value).toMatch(/^v=spf1 /);
    expect(has('_dmarc', 'TXT')[0]?.value).toMatch(/^v=DMARC1;/);
    expect(has('mail._domainkey', 'TXT')[0]?.value.length).toBeGreaterThan(255);
    expect(has('_sip._tcp', 'SRV')[0]).toMatchObject({ port: 5060 });
    expect(has('@', 'CAA')[0]).toMatchObject({ tag: 'issue', value: 'letsencrypt.org' });
    expect(full.some((r) => r.type === 'CNAME')).toBe(true);
  });
});

describe('every demo zone', () => {
  it('passes the DNS rules, for every demo customer', () => {
    const db = new Database(path.join(s.dataDir, 'kundencenter.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT d.name AS domain, r.id, r.name, r.type, r.ttl, r.value, r.priority, r.weight,
             r.port, r.flags, r.tag
           FROM domains d JOIN dns_records r ON r.domain = d.name ORDER BY d.name, r.position`,
        )
        .all() as (Record<string, unknown> & { domain: string })[];
      const zones = new Map<string, DnsRecord[]>();
      for (const { domain, ...raw } of rows) {
        const record = Object.fromEntries(
          Object.entries(raw).filter(([, v]) => v !== null),
        ) as unknown as DnsRecord;
        zones.set(domain, [...(zones.get(domain) ?? []), record]);
      }
      expect([...zones.keys()]).toEqual(
        expect.arrayContaining(['max-mustermann.de', 'erika-garten.de', 'muster-webdesign.de']),
      );
      for (const [domain, records] of zones)
        expect(validateZone(domain, records), domain).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('GET /v1/domains', () => {
  it('pages by name and answers 304 on the first page while nothing changed', async () => {
    const first = await get<Page<Summary>>('/v1/domains?limit=2');
    expect(first.body.items.map((d) => d.name)).toEqual([
      'erika-mustermann.de',
      'muster-webdesign-shop.de',
    ]);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const seen = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await get<Page<Summary>>(`/v1/domains?limit=2&cursor=${cursor}`);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(seen).toHaveLength(5);
    const again = await get('/v1/domains?limit=2', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expectProblem(await get('/v1/domains?cursor=nonsense'), 400, 'validation_failed');
  });

  it('finds domains by part of the name', async () => {
    const res = await get<Page<Summary>>('/v1/domains?q=SHOP');
    expect(res.body.items.map((d) => d.name)).toEqual(['muster-webdesign-shop.de']);
    const none = await get<Page<Summary>>('/v1/domains?q=%25');
    expect(none.body.items).toEqual([]);
  });
});

describe('GET /v1/domains/{name}', () => {
  it('answers the detail with its contacts by name and the ETag of the body', async () => {
    const res = await get<Detail>('/v1/domains/muster-webdesign.de');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body).toMatchObject({
      name: 'muster-webdesign.de',
      tld: 'de',
      usesOurNameservers: true,
      transferLock: true,
      authCode: null,
      contacts: {
        owner: { name: 'Muster Webdesign GmbH' },
        admin: { name: 'Erika Mustermann' },
        tech: { name: 'Jonas Weber' },
        zone: { name: 'Jonas Weber' },
      },
    });
    expect(res.body.nameservers.length).toBeGreaterThanOrEqual(2);
    expect(res.body.recordCount).toBe((await zone('muster-webdesign.de')).records.length);
    const cached = await get('/v1/domains/muster-webdesign.de', {
      'if-none-match': res.body.etag,
    });
    expect(cached.status).toBe(304);
    expectProblem(await get('/v1/domains/nowhere.de'), 404, 'not_found');
  });
});

describe('PATCH /v1/domains/{name}', () => {
  const name = 'muster-webdesign-shop.de';
  const patch = (body: unknown, ifMatch?: string) =>
    s.call<Detail>('PATCH', `/v1/domains/${name}`, body, {
      ...auth(),
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    });

  it('needs If-Match: 428 without, 412 when stale, 200 with the fresh one (change recorded)', async () => {
    const before = await detail(name);
    expectProblem(await patch({ autoRenew: true }), 428, 'precondition_required');
    expectProblem(await patch({ autoRenew: true }, '"stale"'), 412, 'precondition_failed');
    expect((await detail(name)).autoRenew).toBe(false);

    const listTag = (await get('/v1/domains')).headers.get('etag') ?? '';
    const cursor = await cursorNow();
    const res = await patch({ autoRenew: true }, before.etag);
    expect(res.status).toBe(200);
    expect(res.body.autoRenew).toBe(true);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body.etag).not.toBe(before.etag);
    expect(await changesSince(cursor)).toEqual([`domains:${name}`]);
    // the list's first page changed with it
    expect((await get('/v1/domains', { 'if-none-match': listTag })).status).toBe(200);
    // the old ETag is stale now
    expectProblem(await patch({ autoRenew: false }, before.etag), 412, 'precondition_failed');
  });

  it('checks nameservers and names the entry that is wrong', async () => {
    const current = await detail(name);
    const bad = await patch(
      { nameservers: ['ns1.example-dns.de', '192.0.2.53', 'ns1.example-dns.de'] },
      current.etag,
    );
    const problem = expectProblem(bad, 422, 'validation_failed');
    expect(problem.errors).toEqual([
      { field: 'nameservers.1', code: 'nameserver_is_address' },
      { field: 'nameservers.2', code: 'nameserver_duplicate' },
    ]);
    const one = await patch({ nameservers: ['ns1.example-dns.de'] }, current.etag);
    expect(expectProblem(one, 422, 'validation_failed').errors).toEqual([
      { field: 'nameservers', code: 'nameserver_count' },
    ]);
    expect((await detail(name)).etag).toBe(current.etag);
  });

  it('moves the zone away with other nameservers and back with ours', async () => {
    const current = await detail(name);
    const ours = current.nameservers;
    const records = (await zone(name)).records;
    const zonesTag = (await get('/v1/dns-zones')).headers.get('etag') ?? '';
    const cursor = await cursorNow();
    const away = await patch(
      { nameservers: ['NS1.Example-DNS.de.', 'ns2.example-dns.de'] },
      current.etag,
    );
    expect(away.status).toBe(200);
    expect(away.body).toMatchObject({
      nameservers: ['ns1.example-dns.de', 'ns2.example-dns.de'],
      usesOurNameservers: false,
      recordCount: 0,
    });
    expect(await changesSince(cursor)).toEqual([`domains:${name}`, `dns-zones:${name}`]);
    expectProblem(await get(`/v1/domains/${name}/dns`), 409, 'zone_external');
    const zones = await get<Page<Zone>>('/v1/dns-zones', { 'if-none-match': zonesTag });
    expect(zones.status).toBe(200);
    expect(zones.body.items.map((z) => z.domain)).not.toContain(name);

    const back = await patch({ nameservers: ours }, away.body.etag);
    expect(back.body.usesOurNameservers).toBe(true);
    expect((await zone(name)).records).toEqual(records);
  });
});

describe('PUT /v1/domains/{name}/contacts', () => {
  const name = 'muster-webdesign.eu';
  const put = (body: unknown, ifMatch?: string) =>
    s.call<Detail>('PUT', `/v1/domains/${name}/contacts`, body, {
      ...auth(),
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    });

  it('refuses an unknown contact by role, then uses a new one that can no longer be deleted', async () => {
    const current = await detail(name);
    const owner = current.contacts.owner?.contactId ?? '';
    const same = { owner, admin: owner, tech: owner, zone: owner };
    expectProblem(await put(same), 428, 'precondition_required');
    expectProblem(await put(same, '"stale"'), 412, 'precondition_failed');
    const unknown = await put({ ...same, tech: '999999' }, current.etag);
    expect(expectProblem(unknown, 422, 'validation_failed').errors).toEqual([
      { field: 'tech', code: 'contact_unknown' },
    ]);

    const created = await s.call<{ id: string }>(
      'POST',
      '/v1/contacts',
      {
        kind: 'organization',
        firstName: 'Paul',
        lastName: 'Zonenmann',
        organization: 'DNS Dienste GmbH',
        email: 'paul@dns-dienste.example',
        phone: '+49 30 5550100',
        address: { street: 'Weg 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      },
      auth(),
    );
    expect(created.status).toBe(201);
    const cursor = await cursorNow();
    const res = await put({ ...same, zone: created.body.id }, current.etag);
    expect(res.status).toBe(200);
    expect(res.body.contacts.zone).toEqual({
      contactId: created.body.id,
      name: 'DNS Dienste GmbH',
    });
    expect(res.headers.get('etag')).toBe(res.body.etag);
    const changes = await changesSince(cursor);
    expect(changes).toContain(`domains:${name}`);
    expect(changes).toContain(`contacts:${created.body.id}`);

    const contact = await get<{ usedByDomains: string[] }>(`/v1/contacts/${created.body.id}`);
    expect(contact.body.usedByDomains).toEqual([name]);

    // renaming the contact changes what the domain's detail shows: synced copies hear of it
    const beforeRename = await cursorNow();
    const contactEtag = (await get(`/v1/contacts/${created.body.id}`)).headers.get('etag') ?? '';
    const renamed = await s.call(
      'PATCH',
      `/v1/contacts/${created.body.id}`,
      { organization: 'DNS Dienste AG' },
      { ...auth(), 'if-match': contactEtag },
    );
    expect(renamed.status).toBe(200);
    expect(await changesSince(beforeRename)).toEqual([
      `contacts:${created.body.id}`,
      `domains:${name}`,
    ]);
    expect((await detail(name)).contacts.zone?.name).toBe('DNS Dienste AG');
    const del = await s.call('DELETE', `/v1/contacts/${created.body.id}`, undefined, auth());
    expect(expectProblem(del, 409, 'contact_in_use')).toMatchObject({ domains: [name] });
  });
});

describe('POST /v1/domains/{name}/auth-code', () => {
  const post = (name: string) =>
    s.call<Schemas['AuthCode']>('POST', `/v1/domains/${name}/auth-code`, undefined, auth());

  it('is refused while the transfer lock is on', async () => {
    expectProblem(await post('muster-webdesign.de'), 409, 'transfer_locked');
    expect(storedAuthHash('muster-webdesign.de')).toBeNull();
  });

  it('follows DENIC for .de, is stored as a hash only, and a second one replaces the first', async () => {
    const name = 'erika-mustermann.de';
    const cursor = await cursorNow();
    const first = await post(name);
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(isValidAuthCode('de', first.body.code)).toBe(true);
    const days = (Date.parse(first.body.validUntil) - s.clock.now()) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);
    expect(storedAuthHash(name)).toBe(sha256(first.body.code));
    expect(await changesSince(cursor)).toEqual([`domains:${name}`]);
    expect((await detail(name)).authCode).toEqual({ validUntil: first.body.validUntil });
    const mails = await s.call<Schemas['SandboxMail'][]>(
      'GET',
      `/v1/sandbox/outbox?to=${encodeURIComponent(DEMO_EMAIL)}`,
    );
    const mail = mails.body[0];
    expect(mail?.subject).toBe(`Auth-Code für ${name} erzeugt`);
    expect(mail?.text).not.toContain(first.body.code);

    s.clock.advance(60);
    const second = await post(name);
    expect(second.body.code).not.toBe(first.body.code);
    expect(storedAuthHash(name)).toBe(sha256(second.body.code));
    expect((await detail(name)).authCode).toEqual({ validUntil: second.body.validUntil });
  });

  it('follows the generic EPP rules for .eu once the lock is off', async () => {
    const name = 'muster-webdesign.eu';
    const current = await detail(name);
    const unlocked = await s.call<Detail>(
      'PATCH',
      `/v1/domains/${name}`,
      { transferLock: false },
      { ...auth(), 'if-match': current.etag },
    );
    expect(unlocked.status).toBe(200);
    const res = await post(name);
    expect(res.status).toBe(201);
    expect(isValidAuthCode('eu', res.body.code)).toBe(true);
  });
});
