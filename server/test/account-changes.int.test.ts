import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/shared/domain';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  login,
  MFA_EMAIL,
  startTestServer,
  type Schemas,
  type TestServer,
  anyString,
} from './helpers';

let s: TestServer;
let token = '';
beforeAll(async () => {
  s = await startTestServer();
  token = (await login(s, DEMO_EMAIL, DEMO_PASSWORD)).body.accessToken ?? '';
});
afterAll(() => s.stop());

const getAccount = (headers: Record<string, string> = {}) =>
  s.call<Account>('GET', '/v1/account', undefined, { ...bearer(token), ...headers });
const changes = (query = '', accessToken = token) =>
  s.call<Schemas['ChangesPage']>('GET', `/v1/changes${query}`, undefined, bearer(accessToken));
const patchAccount = (email: string, patch: Record<string, unknown>) =>
  s.call<Account>('POST', '/v1/sandbox/account', { email, patch });

describe('GET /v1/account', () => {
  it('answers the demo company account with a strong ETag', async () => {
    const res = await getAccount();
    expect(res.status).toBe(200);
    const expected: Account = {
      customerNumber: 'K-100234',
      kind: 'company',
      firstName: 'Erika',
      lastName: 'Mustermann',
      company: 'Muster Webdesign GmbH',
      email: DEMO_EMAIL,
      phone: '+49 30 12345678',
      address: { street: 'Musterstraße 12', postalCode: '10115', city: 'Berlin', country: 'DE' },
      vatId: 'DE123456789',
      verificationStatus: 'verified',
    };
    expect(res.body).toEqual(expected);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/);
  });

  it('answers 304 for a matching If-None-Match, 200 when it changed', async () => {
    const first = await getAccount();
    const etag = first.headers.get('etag') ?? '';
    const same = await getAccount({ 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();
    expect(same.headers.get('etag')).toBe(etag);
    expect((await getAccount({ 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await getAccount({ 'if-none-match': '"other"' })).status).toBe(200);

    const patched = await patchAccount(DEMO_EMAIL, { company: 'Muster Webdesign AG' });
    expect(patched.status).toBe(200);
    expect(patched.body.company).toBe('Muster Webdesign AG');
    const changed = await getAccount({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.company).toBe('Muster Webdesign AG');
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('the MFA demo user belongs to a pending person customer', async () => {
    const patched = await patchAccount(MFA_EMAIL, { phone: '+49 89 1234' });
    expect(patched.body).toMatchObject({
      customerNumber: 'K-100235',
      kind: 'person',
      company: null,
      vatId: null,
      verificationStatus: 'pending',
      phone: '+49 89 1234',
    });
  });
});

describe('GET /v1/changes', () => {
  it('resets without a cursor, then reports the sandbox change', async () => {
    const start = await changes();
    expect(start.status).toBe(200);
    expect(start.body).toEqual({
      cursor: anyString(),
      changes: [],
      hasMore: false,
      reset: true,
    });
    const cursor = start.body.cursor;

    const idle = await changes(`?cursor=${encodeURIComponent(cursor)}`);
    expect(idle.body).toEqual({ cursor, changes: [], hasMore: false, reset: false });

    await patchAccount(DEMO_EMAIL, { firstName: 'Erika Maria' });
    await patchAccount(MFA_EMAIL, { lastName: 'Musterfrau' }); // another customer's change
    const next = await changes(`?cursor=${encodeURIComponent(cursor)}`);
    expect(next.body).toMatchObject({
      changes: [{ resource: 'account', id: 'K-100234', op: 'upsert' }],
      hasMore: false,
      reset: false,
    });
    expect(next.body.changes).toHaveLength(1);
    expect(next.body.cursor).not.toBe(cursor);
    expect((await getAccount()).body.firstName).toBe('Erika Maria');

    const after = await changes(`?cursor=${encodeURIComponent(next.body.cursor)}`);
    expect(after.body).toMatchObject({ changes: [], reset: false });
  });

  it('pages with limit and hasMore', async () => {
    const { cursor } = (await changes()).body;
    await patchAccount(DEMO_EMAIL, { phone: '+49 30 1' });
    await patchAccount(DEMO_EMAIL, { phone: '+49 30 2' });
    const page1 = await changes(`?cursor=${encodeURIComponent(cursor)}&limit=1`);
    expect(page1.body).toMatchObject({ hasMore: true, reset: false });
    expect(page1.body.changes).toHaveLength(1);
    const page2 = await changes(`?cursor=${encodeURIComponent(page1.body.cursor)}&limit=1`);
    expect(page2.body).toMatchObject({ hasMore: false, reset: false });
    expect(page2.body.changes).toHaveLength(1);
    expect(page2.body.changes[0]?.seq).toBeGreaterThan(page1.body.changes[0]?.seq ?? Infinity);
  });

  it('resets for a cursor it does not know', async () => {
    for (const bad of ['garbage', 'v1.otherdb.1', 'v1.x.99999999']) {
      const res = await changes(`?cursor=${encodeURIComponent(bad)}`);
      expect(res.body).toMatchObject({ reset: true, changes: [] });
    }
  });

  it('validates limit and needs a token', async () => {
    const res = await changes('?limit=0');
    const resProblem = expectProblem(res, 400, 'validation_failed');
    expect(resProblem.errors).toEqual([{ field: 'limit', code: 'minimum' }]);
    expectProblem(await s.call('GET', '/v1/changes'), 401, 'unauthorized');
  });
});

describe('POST /v1/sandbox/account', () => {
  it('validates the patch and the user', async () => {
    expectProblem(
      await patchAccount('niemand@kundencenter.example', { company: 'X' }),
      404,
      'not_found',
    );
    const empty = await patchAccount(DEMO_EMAIL, {});
    const emptyProblem = expectProblem(empty, 400, 'validation_failed');
    expect(emptyProblem.errors).toEqual([{ field: 'patch', code: 'minProperties' }]);
  });
});
