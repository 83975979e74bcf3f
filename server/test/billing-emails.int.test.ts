import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, changesCursor, changesSince, startSignedInBoth } from './billing-helpers';
import { DEMO_EMAIL, expectProblem, type Schemas, type TestServer } from './helpers';

type Emails = Schemas['BillingEmails'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;
beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
});
afterAll(() => s.stop());

const get = (c: Caller = demo, headers: Record<string, string> = {}) =>
  c.call<Emails>('GET', '/v1/account/billing-emails', undefined, headers);
const put = (body: unknown, c: Caller = demo) =>
  c.call<Emails>('PUT', '/v1/account/billing-emails', body);

describe('billing e-mails', () => {
  it('shows the invoice address and the account users, one of whom receives invoices', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      email: 'rechnung@muster-webdesign.example',
      users: [
        {
          id: expect.stringMatching(/^\d+$/) as unknown,
          name: 'Erika Mustermann',
          email: DEMO_EMAIL,
          receivesInvoices: false,
        },
        {
          id: expect.stringMatching(/^\d+$/) as unknown,
          name: 'Jonas Weber',
          email: 'jonas.weber@muster-webdesign.example',
          receivesInvoices: false,
        },
        {
          id: expect.stringMatching(/^\d+$/) as unknown,
          name: 'Aylin Demir',
          email: 'aylin.demir@muster-webdesign.example',
          receivesInvoices: true,
        },
      ],
    });
    const again = await get(demo, { 'if-none-match': res.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('the person customer has only their own user and their account address', async () => {
    const res = await get(mfa);
    expect(res.body).toEqual({
      email: 'mfa@kundencenter.example',
      users: [
        {
          id: expect.stringMatching(/^\d+$/) as unknown,
          name: 'Max Mustermann',
          email: 'mfa@kundencenter.example',
          receivesInvoices: false,
        },
      ],
    });
  });

  it('changes the address and the receiving users, recorded for sync', async () => {
    const before = await get();
    const [erika, jonas, aylin] = before.body.users;
    const cursor = await changesCursor(demo);
    const res = await put({
      email: '  buchhaltung@muster-webdesign.example ',
      userIds: [erika?.id, jonas?.id, jonas?.id],
    });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('buchhaltung@muster-webdesign.example');
    expect(res.body.users.map((u) => [u.id, u.receivesInvoices])).toEqual([
      [erika?.id, true],
      [jonas?.id, true],
      [aylin?.id, false],
    ]);
    expect(res.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const after = await get(demo, { 'if-none-match': before.headers.get('etag') ?? '' });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(res.body);
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'billing-emails', id: 'K-100234' },
    ]);

    const none = await put({ email: 'buchhaltung@muster-webdesign.example', userIds: [] });
    expect(none.body.users.every((u) => !u.receivesInvoices)).toBe(true);
  });

  it('refuses an invalid address and unknown users with field errors (422)', async () => {
    const before = (await get()).body;
    const [erika] = before.users;
    for (const email of ['', 'rechnung', 'rechnung@muster', 'a b@example.de', 'x@@example.de']) {
      const problem = expectProblem(await put({ email, userIds: [] }), 422, 'validation_failed');
      expect(problem.errors).toEqual([{ field: 'email', code: 'email_invalid' }]);
    }
    const theirUser = (await get(mfa)).body.users[0]?.id;
    for (const ids of [['999999'], [theirUser], [erika?.id, 'abc']]) {
      const problem = expectProblem(
        await put({ email: 'ok@example.de', userIds: ids }),
        422,
        'validation_failed',
      );
      expect(problem.errors).toEqual([{ field: 'userIds', code: 'user_unknown' }]);
    }
    const both = expectProblem(
      await put({ email: 'nope', userIds: ['0'] }),
      422,
      'validation_failed',
    );
    expect(both.errors).toEqual([
      { field: 'email', code: 'email_invalid' },
      { field: 'userIds', code: 'user_unknown' },
    ]);
    const shape = expectProblem(await put({ email: 'ok@example.de' }), 400, 'validation_failed');
    expect(shape.errors).toEqual([{ field: 'userIds', code: 'required' }]);
    // nothing was changed by the refused requests
    expect((await get()).body).toEqual(before);
    expectProblem(
      await s.call('PUT', '/v1/account/billing-emails', { email: 'a@b.de', userIds: [] }),
      401,
      'unauthorized',
    );
  });
});
