/**
 * Provider notices through the API: what a customer sees (its own, and general ones), which
 * fields each right opens, paging and ETags, the change log, and posting as staff through the
 * sandbox endpoint and the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/shared/notices/types';
import {
  bearer,
  cli,
  DEMO_EMAIL,
  expectProblem,
  MFA_EMAIL,
  startTestServer,
  type TestServer,
} from './helpers';
import { accessToken, invitedUser } from './team-helpers';

interface Page {
  items: Notice[];
  nextCursor: string | null;
}

let s: TestServer;
let owner = '';
let other = '';
let ticketsOnly = '';

const list = (token: string, query = '', headers: Record<string, string> = {}) =>
  s.call<Page>('GET', `/v1/notices${query}`, undefined, { ...bearer(token), ...headers });

/** The change log's cursor now, and later what was recorded since it. */
async function changeCursor(
  token: string,
): Promise<() => Promise<{ resource: string; id: string }[]>> {
  const first = await s.call<{ cursor: string }>('GET', '/v1/changes', undefined, bearer(token));
  return async () => {
    const res = await s.call<{ changes: { resource: string; id: string }[] }>(
      'GET',
      `/v1/changes?cursor=${encodeURIComponent(first.body.cursor)}`,
      undefined,
      bearer(token),
    );
    return res.body.changes;
  };
}

beforeAll(async () => {
  s = await startTestServer({ now: Date.now });
  owner = await accessToken(s, DEMO_EMAIL);
  ticketsOnly = await invitedUser(s, owner, 'tickets-only@notices.example', ['tickets']);
  const mfa = await s.call<{ mfaToken: string }>('POST', '/v1/auth/login', {
    email: MFA_EMAIL,
    password: 'Demo-Passwort-2026',
  });
  const code = await s.call<{ code: string }>(
    'GET',
    `/v1/sandbox/totp?email=${encodeURIComponent(MFA_EMAIL)}`,
  );
  const done = await s.call<{ accessToken: string }>('POST', '/v1/auth/mfa', {
    mfaToken: mfa.body.mfaToken,
    code: code.body.code,
  });
  other = done.body.accessToken;
}, 60_000);
afterAll(() => s.stop());

describe('GET /v1/notices', () => {
  it('shows the demo customer its three notices, newest first, with its contracts and domains', async () => {
    const res = await list(owner);
    expect(res.status).toBe(200);
    const items = res.body.items;
    expect(items.map((n) => [n.kind, n.state, n.title.de])).toEqual([
      ['incident', 'active', 'Verzögerter E-Mail-Empfang'],
      ['maintenance', 'planned', 'Wartung der Managed-Server-Plattform'],
      ['incident', 'resolved', 'Langsame Antwortzeiten im Webhosting'],
    ]);
    expect(items[0]).toMatchObject({
      title: { en: 'Delayed e-mail delivery' },
      contractIds: ['V-100234-02'],
      domains: ['muster-webdesign.de'],
      general: false,
      endsAt: null,
    });
    expect(Date.parse(items[1]!.startsAt)).toBeGreaterThan(Date.now());
  });

  it('answers 304 to its ETag and pages with a cursor', async () => {
    const first = await list(owner);
    const etag = first.headers.get('etag') ?? '';
    expect((await list(owner, '', { 'if-none-match': etag })).status).toBe(304);
    const page1 = await list(owner, '?limit=2');
    expect(page1.body.items).toHaveLength(2);
    const page2 = await list(owner, `?limit=2&cursor=${page1.body.nextCursor ?? ''}`);
    expect(page2.body).toMatchObject({ nextCursor: null, items: [first.body.items[2]] });
    expectProblem(await list(owner, '?cursor=nonsense'), 400, 'validation_failed');
  });

  it('leaves out the contracts and domains for a user without those rights', async () => {
    const res = await list(ticketsOnly);
    expect(res.body.items).toHaveLength(3);
    for (const notice of res.body.items) {
      expect(notice).not.toHaveProperty('contractIds');
      expect(notice).not.toHaveProperty('domains');
    }
    // the ETag is of what this user sees
    expect(res.headers.get('etag')).not.toBe((await list(owner)).headers.get('etag'));
  });

  it("shows another customer none of them, and answers a demo notice's id with 404", async () => {
    expect((await list(other)).body.items).toEqual([]);
    const id = (await list(owner)).body.items[0]!.id;
    expectProblem(
      await s.call('GET', `/v1/notices/${id}`, undefined, bearer(other)),
      404,
      'not_found',
    );
    const own = await s.call<Notice>('GET', `/v1/notices/${id}`, undefined, bearer(owner));
    expect(own.body).toEqual((await list(owner)).body.items[0]);
  });
});

describe('staff posting notices (sandbox)', () => {
  it('records a change for the customer touched, which then sees it', async () => {
    const since = await changeCursor(owner);
    const res = await s.call<Notice>('POST', '/v1/sandbox/notices', {
      kind: 'maintenance',
      title: 'Umzug des Shops',
      domains: ['muster-webdesign-shop.de'],
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      state: 'planned',
      title: { de: 'Umzug des Shops', en: 'Umzug des Shops' },
    });
    expect(await since()).toEqual([
      expect.objectContaining({ resource: 'notices', id: res.body.id }),
    ]);
    const seen = (await list(owner)).body.items[0];
    expect(seen).toMatchObject({ id: res.body.id, domains: ['muster-webdesign-shop.de'] });
    expect((await list(other)).body.items).toEqual([]);
  });

  it('refuses unknown contracts and a notice naming nothing', async () => {
    const unknown = await s.call('POST', '/v1/sandbox/notices', {
      title: 'X',
      contractIds: ['V-000000-00'],
    });
    expect(expectProblem(unknown, 422, 'validation_failed')).toMatchObject({
      errors: [{ field: 'contractIds', code: 'unknown' }],
    });
    expectProblem(
      await s.call('POST', '/v1/sandbox/notices', { title: 'X' }),
      422,
      'validation_failed',
    );
  });

  it('shows a general notice to every customer', async () => {
    const res = await s.call<Notice>('POST', '/v1/sandbox/notices', {
      title: 'Wartung des Kundencenters',
      general: true,
    });
    expect(res.status).toBe(201);
    expect((await list(other)).body.items.map((n) => n.id)).toEqual([res.body.id]);
    expect((await list(owner)).body.items[0]).toMatchObject({
      id: res.body.id,
      general: true,
      contractIds: [],
    });
  });

  it('the CLI posts a notice and resolves it; the app learns of both through the change log', async () => {
    const since = await changeCursor(owner);
    const posted = await cli([
      'notice',
      'Störung Datenbank',
      '--contract',
      'V-100234-01',
      '--body',
      'MySQL antwortet nicht.',
      '--data',
      s.dataDir,
    ]);
    expect(posted.code, posted.stderr).toBe(0);
    const notice = JSON.parse(posted.stdout) as Notice;
    expect(notice).toMatchObject({
      kind: 'incident',
      state: 'active',
      contractIds: ['V-100234-01'],
    });
    const resolved = await cli(['notice-state', notice.id, 'resolved', '--data', s.dataDir]);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect((await since()).filter((c) => c.resource === 'notices').map((c) => c.id)).toEqual([
      notice.id,
      notice.id,
    ]);
    const now = await s.call<Notice>('GET', `/v1/notices/${notice.id}`, undefined, bearer(owner));
    expect(now.body.state).toBe('resolved');
    expect(now.body.endsAt).not.toBeNull();
    const bad = await cli(['notice', 'X', '--contract', 'V-000000-00', '--data', s.dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('contractIds: unknown');
  }, 30_000);
});
