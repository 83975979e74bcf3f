// POST /v1/batch against the real server: each read answered as it would be alone (body, ETag,
// 304, a refusal of its own), in order; what cannot be batched is refused as a whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIMITED_EMAIL } from '../src/team/demo-team';
import { signIn, startSignedIn, type Caller } from './billing-helpers';
import { expectProblem, type Schemas, type TestServer } from './helpers';

type Batch = Schemas['BatchResponse'];

let s: TestServer;
let demo: Caller;
beforeAll(async () => {
  ({ s, demo } = await startSignedIn());
});
afterAll(() => s.stop());

const batch = (caller: Caller, requests: { path: string; ifNoneMatch?: string }[]) =>
  caller.call<Batch>('POST', '/v1/batch', { requests });

describe('POST /v1/batch', () => {
  it('answers each read as it is answered alone, in order', async () => {
    const invoices = await demo.call('GET', '/v1/invoices?limit=5');
    const statement = await demo.call('GET', '/v1/billing/statement');
    const res = await batch(demo, [
      { path: '/v1/billing/statement' },
      { path: '/v1/invoices?limit=5' },
      { path: '/v1/invoices/inv_nicht_da' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.responses.map((r) => r.status)).toEqual([200, 200, 404]);
    expect(res.body.responses[0]).toEqual({
      status: 200,
      etag: statement.headers.get('etag'),
      body: statement.body,
    });
    expect(res.body.responses[1]).toEqual({
      status: 200,
      etag: invoices.headers.get('etag'),
      body: invoices.body,
    });
    expect(res.body.responses[2]?.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('says 304 without a body where the ETag still holds', async () => {
    const statement = await demo.call('GET', '/v1/billing/statement');
    const etag = statement.headers.get('etag') ?? '';
    const res = await batch(demo, [
      { path: '/v1/billing/statement', ifNoneMatch: etag },
      { path: '/v1/billing/statement', ifNoneMatch: '"veraltet"' },
    ]);
    expect(res.body.responses[0]).toEqual({ status: 304, etag });
    expect(res.body.responses[1]).toMatchObject({ status: 200, etag });
  });

  it('checks each read’s right on its own: refused there, the others answered', async () => {
    const lena = await signIn(s, DEMO_LIMITED_EMAIL);
    const res = await batch(lena, [{ path: '/v1/invoices?limit=5' }, { path: '/v1/contacts' }]);
    expect(res.status).toBe(200);
    expect(res.body.responses[0]).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
    expect(res.body.responses[1]?.status).toBe(200);
  });

  it('refuses the event stream, itself and a path outside the API, and a caller without a token', async () => {
    for (const path of ['/v1/events', '/v1/batch', '/v1/../health']) {
      expectProblem(
        await batch(demo, [{ path: '/v1/contacts' }, { path }]),
        400,
        'validation_failed',
      );
    }
    expectProblem(await batch(demo, [{ path: '/health' }]), 400, 'validation_failed');
    expectProblem(await batch(demo, []), 400, 'validation_failed');
    const anonymous = await s.call('POST', '/v1/batch', { requests: [{ path: '/v1/contacts' }] });
    expect(anonymous.status).toBe(401);
  });
});
