import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, changesCursor, changesSince, startSignedInBoth } from './billing-helpers';
import { expectProblem, type Schemas, type TestServer } from './helpers';

type Mandate = Schemas['SepaMandate'];
type Mandates = Schemas['SepaMandates'];
type Methods = Schemas['PaymentMethods'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;
beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
});
afterAll(() => s.stop());

const VALID = {
  accountHolder: 'Muster Webdesign GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  consent: true,
};

const methods = (c: Caller = demo, headers: Record<string, string> = {}) =>
  c.call<Methods>('GET', '/v1/payment-methods', undefined, headers);
const setDefault = (kind: string, c: Caller = demo) =>
  c.call<Methods>('PUT', '/v1/payment-methods/default', { kind });
const mandates = (c: Caller = demo, headers: Record<string, string> = {}) =>
  c.call<Mandates>('GET', '/v1/sepa-mandates', undefined, headers);
const createMandate = (body: unknown, c: Caller = demo, headers: Record<string, string> = {}) =>
  c.call<Mandate>('POST', '/v1/sepa-mandates', body, headers);

describe('payment methods', () => {
  it('offers the four methods, bank transfer being current; ETag and 304', async () => {
    const res = await methods();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      available: ['sepa_direct_debit', 'bank_transfer', 'paypal', 'credit_card'],
      current: 'bank_transfer',
    });
    const etag = res.headers.get('etag') ?? '';
    const again = await methods(demo, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('switches the default and records the change; SEPA needs a mandate first', async () => {
    const cursor = await changesCursor(demo);
    const etag = (await methods()).headers.get('etag') ?? '';
    const paypal = await setDefault('paypal');
    expect(paypal.status).toBe(200);
    expect(paypal.body.current).toBe('paypal');
    expect(paypal.headers.get('etag')).not.toBe(etag);
    expect((await methods(demo, { 'if-none-match': etag })).body.current).toBe('paypal');
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'payment-methods', id: 'K-100234' },
    ]);

    expectProblem(await setDefault('sepa_direct_debit'), 409, 'mandate_required');
    expect((await methods()).body.current).toBe('paypal');
    const bad = expectProblem(await setDefault('cash'), 400, 'validation_failed');
    expect(bad.errors).toEqual([{ field: 'kind', code: 'enum' }]);
    expect((await setDefault('bank_transfer')).body.current).toBe('bank_transfer');
    // another customer's setting is their own
    expect((await methods(mfa)).body.current).toBe('bank_transfer');
    expectProblem(await s.call('GET', '/v1/payment-methods'), 401, 'unauthorized');
  });
});

describe('SEPA mandates', () => {
  let mandate: Mandate;

  it('lists none for the demo customer, with the creditor ID and the next reference', async () => {
    const res = await mandates();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      creditorId: 'DE98ZZZ09999999999',
      nextReference: 'CMO-K100234-0001',
      mandates: [],
    });
    const again = await mandates(demo, { 'if-none-match': res.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
  });

  it('needs a recent step-up', async () => {
    expectProblem(await createMandate(VALID), 403, 'step_up_required');
    await demo.stepUp();
    s.clock.advance(5 * 60 + 1);
    expectProblem(await createMandate(VALID), 403, 'step_up_required');
    expect((await mandates()).body.mandates).toEqual([]);
  });

  it('refuses invalid fields one by one and all at once (422)', async () => {
    await demo.stepUp();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ accountHolder: '  ' }, 'accountHolder', 'account_holder_required'],
      [{ iban: 'DE88370400440532013000' }, 'iban', 'iban_invalid'],
      [{ iban: 'DE8937040044053201300' }, 'iban', 'iban_invalid'],
      [{ iban: 'DE89370400440532O13000' }, 'iban', 'iban_invalid'],
      [{ bic: 'COBADEFF1' }, 'bic', 'bic_invalid'],
      [{ consent: false }, 'consent', 'consent_required'],
    ];
    for (const [patch, field, code] of cases) {
      const problem = expectProblem(
        await createMandate({ ...VALID, ...patch }),
        422,
        'validation_failed',
      );
      expect(problem.errors).toEqual([{ field, code }]);
    }
    const all = expectProblem(
      await createMandate({ accountHolder: '', iban: 'XX', bic: 'no', consent: false }),
      422,
      'validation_failed',
    );
    expect(all.errors).toEqual([
      { field: 'accountHolder', code: 'account_holder_required' },
      { field: 'iban', code: 'iban_invalid' },
      { field: 'bic', code: 'bic_invalid' },
      { field: 'consent', code: 'consent_required' },
    ]);
    const missing = expectProblem(await createMandate({}), 422, 'validation_failed');
    expect(missing.errors?.map((e) => e.field)).toEqual(['accountHolder', 'iban', 'consent']);
    // wrong types are a malformed request, not a form error
    expectProblem(await createMandate({ ...VALID, consent: 'yes' }), 400, 'validation_failed');
    expectProblem(
      await createMandate({ ...VALID, accountHolder: 'x'.repeat(71) }),
      400,
      'validation_failed',
    );
    expect((await mandates()).body.mandates).toEqual([]);
  });

  it('creates the mandate (201), masks the IBAN and makes direct debit current', async () => {
    const cursor = await changesCursor(demo);
    const res = await createMandate(VALID);
    expect(res.status).toBe(201);
    mandate = res.body;
    expect(mandate).toEqual({
      id: expect.stringMatching(/^sm_/) as unknown,
      reference: 'CMO-K100234-0001',
      creditorId: 'DE98ZZZ09999999999',
      accountHolder: 'Muster Webdesign GmbH',
      ibanMasked: 'DE89 •••• •••• •••• ••30 00',
      bic: 'COBADEFFXXX',
      signedAt: new Date(s.clock.t).toISOString(),
      status: 'active',
      revokedAt: null,
    });
    expect(JSON.stringify(res.body)).not.toContain('0532');
    expect((await methods()).body.current).toBe('sepa_direct_debit');
    const list = (await mandates()).body;
    expect(list.mandates).toEqual([mandate]);
    expect(list.nextReference).toBe('CMO-K100234-0002');
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'sepa-mandates', id: mandate.id },
      { resource: 'payment-methods', id: 'K-100234' },
    ]);
  });

  it('refuses a second active mandate (409)', async () => {
    await demo.stepUp();
    expectProblem(
      await createMandate({ ...VALID, iban: 'AT611904300234573201', bic: null }),
      409,
      'mandate_exists',
    );
  });

  it("keeps other customers' mandates apart (404)", async () => {
    expect((await mandates(mfa)).body).toMatchObject({
      nextReference: 'CMO-K100235-0001',
      mandates: [],
    });
    expectProblem(await mfa.call('DELETE', `/v1/sepa-mandates/${mandate.id}`), 404, 'not_found');
    expectProblem(await demo.call('DELETE', '/v1/sepa-mandates/sm_unknown'), 404, 'not_found');
    expect((await mandates()).body.mandates[0]?.status).toBe('active');
  });

  it('switching away from direct debit keeps the mandate; switching back works with it', async () => {
    expect((await setDefault('bank_transfer')).body.current).toBe('bank_transfer');
    expect((await setDefault('sepa_direct_debit')).body.current).toBe('sepa_direct_debit');
  });

  it('revokes (204), falls back to bank transfer, and refuses to revoke twice (409)', async () => {
    const cursor = await changesCursor(demo);
    const res = await demo.call('DELETE', `/v1/sepa-mandates/${mandate.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    const [revoked] = (await mandates()).body.mandates;
    expect(revoked).toMatchObject({
      id: mandate.id,
      status: 'revoked',
      revokedAt: new Date(s.clock.t).toISOString(),
    });
    expect((await methods()).body.current).toBe('bank_transfer');
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'sepa-mandates', id: mandate.id },
      { resource: 'payment-methods', id: 'K-100234' },
    ]);
    expectProblem(
      await demo.call('DELETE', `/v1/sepa-mandates/${mandate.id}`),
      409,
      'mandate_revoked',
    );
    expectProblem(await setDefault('sepa_direct_debit'), 409, 'mandate_required');
  });

  it('a new mandate after revoking gets the next reference', async () => {
    await demo.stepUp();
    const res = await createMandate({ ...VALID, iban: 'GB82 WEST 1234 5698 7654 32', bic: '' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      reference: 'CMO-K100234-0002',
      ibanMasked: 'GB82 •••• •••• •••• ••54 32',
      bic: null,
    });
    const list = (await mandates()).body.mandates;
    expect(list.map((m) => m.status)).toEqual(['active', 'revoked']);
    mandate = res.body;
  });

  it('answers a resent write with the same Idempotency-Key once', async () => {
    const key = { 'idempotency-key': 'revoke-1' };
    const first = await demo.call('DELETE', `/v1/sepa-mandates/${mandate.id}`, undefined, key);
    expect(first.status).toBe(204);
    const resent = await demo.call('DELETE', `/v1/sepa-mandates/${mandate.id}`, undefined, key);
    expect(resent.status).toBe(204);

    await mfa.stepUp();
    const body = { ...VALID, accountHolder: 'Max Mustermann' };
    const create = { 'idempotency-key': 'create-1' };
    const a = await createMandate(body, mfa, create);
    const b = await createMandate(body, mfa, create);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    expect((await mandates(mfa)).body.mandates).toHaveLength(1);
    expectProblem(
      await createMandate({ ...body, accountHolder: 'Jemand anderes' }, mfa, create),
      422,
      'idempotency_key_reused',
    );
    // without the key, a second create is a second request
    expectProblem(await createMandate(body, mfa), 409, 'mandate_exists');
  });
});
