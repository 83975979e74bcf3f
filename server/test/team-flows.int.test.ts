/**
 * Account flows through the API: customer data with If-Match, registration and confirmation,
 * verification documents and the provider's decision, contacts. The team (invitations, users,
 * switching accounts) is in team-invitations.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/shared/domain';
import type { Contact, Me, Verification } from '../../src/shared/team/types';
import { bearer, cli, DEMO_EMAIL, expectProblem, login, type TestServer } from './helpers';
import {
  accessToken,
  mailedToken,
  NEW_PASSWORD,
  registeredOwner,
  startWithDemoToken,
} from './team-helpers';

let s: TestServer;
let erika = '';
beforeAll(async () => {
  ({ s, token: erika } = await startWithDemoToken());
});
afterAll(() => s.stop());

const get = <T>(route: string, token: string) => s.call<T>('GET', route, undefined, bearer(token));

describe('customer information', () => {
  it('saves with If-Match, refuses without (428) and with a stale ETag (412)', async () => {
    const first = await get<Account>('/v1/account', erika);
    const etag = first.headers.get('etag') ?? '';
    expectProblem(
      await s.call('PATCH', '/v1/account', { firstName: 'Erika' }, bearer(erika)),
      428,
      'precondition_required',
    );
    const saved = await s.call<Account>(
      'PATCH',
      '/v1/account',
      { phone: '+49 30 1234 5679', vatId: 'de 987 654 321' },
      { ...bearer(erika), 'if-match': etag },
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      phone: '+493012345679',
      vatId: 'DE987654321',
    });
    expect(saved.headers.get('etag')).not.toBe(etag);
    // someone saving with the old ETag meanwhile is refused, nothing overwritten
    const stale = await s.call(
      'PATCH',
      '/v1/account',
      { firstName: 'Eva' },
      { ...bearer(erika), 'if-match': etag },
    );
    expectProblem(stale, 412, 'precondition_failed');
    expect((await get<Account>('/v1/account', erika)).body.firstName).toBe('Erika');
  });

  it('checks the VAT ID for the country and the phone as E.164, all at once', async () => {
    const etag = (await get<Account>('/v1/account', erika)).headers.get('etag') ?? '';
    const res = await s.call(
      'PATCH',
      '/v1/account',
      { vatId: 'ATU12345678', phone: '030 123', company: '' },
      { ...bearer(erika), 'if-match': etag },
    );
    const problem = expectProblem(res, 422, 'validation_failed');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'vatId', code: 'vat_id_invalid' },
        { field: 'phone', code: 'phone_invalid' },
        { field: 'company', code: 'company_required' },
      ]),
    );
    // the same ID fits an Austrian address
    const moved = await s.call<Account>(
      'PATCH',
      '/v1/account',
      {
        vatId: 'ATU12345678',
        address: { street: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' },
      },
      { ...bearer(erika), 'if-match': etag },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.vatId).toBe('ATU12345678');
  });

  it('checks the postal code for the country of the address (shared rule), and writes it so', async () => {
    const etag = (await get<Account>('/v1/account', erika)).headers.get('etag') ?? '';
    const patch = (address: Account['address']) =>
      s.call<Account>(
        'PATCH',
        '/v1/account',
        { address, vatId: null },
        { ...bearer(erika), 'if-match': etag },
      );
    const german = await patch({
      street: 'Weg 1',
      postalCode: '1011',
      city: 'Berlin',
      country: 'DE',
    });
    expect(expectProblem(german, 422, 'validation_failed').errors).toEqual([
      { field: 'address.postalCode', code: 'postal_code_invalid' },
    ]);
    const dutch = await patch({
      street: 'Dam 1',
      postalCode: '1011ab',
      city: 'Amsterdam',
      country: 'NL',
    });
    expect(dutch.status).toBe(200);
    expect(dutch.body.address.postalCode).toBe('1011 AB');
  });
});

describe('registration', () => {
  it('registers, refuses sign-in until confirmed, confirms once', async () => {
    const email = 'neu@register.example';
    expect(
      (await s.call('POST', '/v1/auth/register', { email, password: NEW_PASSWORD })).status,
    ).toBe(202);
    expectProblem(await login(s, email, NEW_PASSWORD), 403, 'email_unconfirmed');
    const token = await mailedToken(s, email, 'kce_');
    expect((await s.call('POST', '/v1/auth/verify-email', { token })).status).toBe(204);
    expectProblem(
      await s.call('POST', '/v1/auth/verify-email', { token }),
      400,
      'verify_token_invalid',
    );
    const access = await accessToken(s, email, NEW_PASSWORD);
    const me = await get<Me>('/v1/me', access);
    expect(me.body).toMatchObject({
      email,
      customer: { owner: true },
      verificationStatus: 'unverified',
    });
    expect(me.body.customer.customerNumber).toMatch(/^K-\d{6}$/);
  });

  it('answers 202 for a taken address too, and mails the owner instead', async () => {
    const res = await s.call('POST', '/v1/auth/register', {
      email: DEMO_EMAIL,
      password: NEW_PASSWORD,
    });
    expect(res.status).toBe(202);
    const mails = await s.call<{ subject: string }[]>('GET', `/v1/sandbox/outbox?to=${DEMO_EMAIL}`);
    expect(mails.body[0]?.subject).toMatch(/bereits ein Konto/);
    expect((await accessToken(s, DEMO_EMAIL)).length).toBeGreaterThan(10);
  });

  it('refuses a weak password', async () => {
    const res = await s.call('POST', '/v1/auth/register', {
      email: 'schwach@register.example',
      password: 'passwort123',
    });
    expectProblem(res, 422, 'weak_password');
  });
});

describe('verification', () => {
  const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n').toString('base64');

  it('goes from open steps to pending with data and a document, then the provider decides', async () => {
    const email = 'verify@register.example';
    const token = await registeredOwner(s, email);
    const before = await get<Verification>('/v1/account/verification', token);
    expect(before.body.steps).toEqual([
      { id: 'emailConfirmed', state: 'done' },
      { id: 'customerData', state: 'open' },
      { id: 'document', state: 'open' },
      { id: 'review', state: 'open' },
    ]);
    expect(before.body.waitingFeatures).toEqual(['contracts', 'domains', 'dns']);

    const upload = (body: object) =>
      s.call<Verification>('POST', '/v1/account/verification/documents', body, bearer(token));
    // a PNG that says it is a PDF, and something that is no document at all
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expectProblem(
      await upload({
        kind: 'identity',
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        base64: png.toString('base64'),
      }),
      422,
      'document_type',
    );
    expectProblem(
      await upload({
        kind: 'identity',
        fileName: 'a.exe',
        mimeType: 'image/png',
        base64: Buffer.from('MZ...').toString('base64'),
      }),
      422,
      'document_type',
    );
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.4');
    expectProblem(
      await upload({
        kind: 'identity',
        fileName: 'big.pdf',
        mimeType: 'application/pdf',
        base64: big.toString('base64'),
      }),
      413,
      'document_too_large',
    );

    const uploaded = await upload({
      kind: 'identity',
      fileName: 'C:\\Users\\me\\Ausweis.pdf',
      mimeType: 'application/pdf',
      base64: PDF,
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.documents).toEqual([
      expect.objectContaining({ kind: 'identity', fileName: 'Ausweis.pdf' }),
    ]);
    expect(uploaded.body.status).toBe('unverified'); // data still missing

    const etag = (await get<Account>('/v1/account', token)).headers.get('etag') ?? '';
    const data = await s.call(
      'PATCH',
      '/v1/account',
      {
        firstName: 'Vera',
        lastName: 'Prüfer',
        phone: '+4915112345678',
        address: { street: 'Weg 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      },
      { ...bearer(token), 'if-match': etag },
    );
    expect(data.status).toBe(200);
    const pending = await get<Verification>('/v1/account/verification', token);
    expect(pending.body.status).toBe('pending');
    expect(pending.body.steps.at(-1)).toEqual({ id: 'review', state: 'waiting' });

    const rejected = await cli([
      'verify',
      email,
      'reject',
      'Ausweis abgelaufen',
      '--data',
      s.dataDir,
    ]);
    expect(rejected.code).toBe(0);
    const after = await get<Verification>('/v1/account/verification', token);
    expect(after.body).toMatchObject({ status: 'rejected', rejectionReason: 'Ausweis abgelaufen' });

    const again = await upload({
      kind: 'identity',
      fileName: 'neu.pdf',
      mimeType: 'application/pdf',
      base64: PDF,
    });
    expect(again.body.status).toBe('pending');
    const approved = await s.call<Verification>('POST', '/v1/sandbox/verification', {
      email,
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'verified', waitingFeatures: [] });
  });
});

describe('contacts', () => {
  const input = {
    kind: 'person',
    firstName: 'Tom',
    lastName: 'Test',
    organization: null,
    email: 'tom@example.org',
    phone: '+49 30 555 0101',
    address: { street: 'Weg 2', postalCode: '10115', city: 'Berlin', country: 'DE' },
  };

  it('creates, reads, changes (If-Match optional) and deletes', async () => {
    const created = await s.call<Contact>('POST', '/v1/contacts', input, bearer(erika));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ phone: '+49305550101', usedByDomains: [] });
    const id = created.body.id;
    const etag = created.headers.get('etag') ?? '';
    const changed = await s.call<Contact>(
      'PATCH',
      `/v1/contacts/${id}`,
      { lastName: 'Tester' },
      { ...bearer(erika), 'if-match': etag },
    );
    expect(changed.body.lastName).toBe('Tester');
    expectProblem(
      await s.call(
        'PATCH',
        `/v1/contacts/${id}`,
        { lastName: 'Alt' },
        { ...bearer(erika), 'if-match': etag },
      ),
      412,
      'precondition_failed',
    );
    expect((await s.call('DELETE', `/v1/contacts/${id}`, undefined, bearer(erika))).status).toBe(
      204,
    );
    expectProblem(await get(`/v1/contacts/${id}`, erika), 404, 'not_found');
  });

  it('checks the fields, all at once', async () => {
    const res = await s.call(
      'POST',
      '/v1/contacts',
      { ...input, kind: 'organization', email: 'x', phone: '0301234' },
      bearer(erika),
    );
    expect(expectProblem(res, 422, 'validation_failed').errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'email_invalid' },
        { field: 'phone', code: 'phone_invalid' },
        { field: 'organization', code: 'organization_required' },
      ]),
    );
    const british = { street: '10 Downing St', postalCode: '10115', city: 'London', country: 'GB' };
    const wrongCode = await s.call(
      'POST',
      '/v1/contacts',
      { ...input, address: british },
      bearer(erika),
    );
    expect(expectProblem(wrongCode, 422, 'validation_failed').errors).toEqual([
      { field: 'address.postalCode', code: 'postal_code_invalid' },
    ]);
  });

  it('refuses to delete a contact domains use, naming them', async () => {
    const list = await get<{ items: Contact[] }>('/v1/contacts', erika);
    const used = list.body.items.find((c) => c.usedByDomains.includes('muster-webdesign.de'));
    expect(used).toBeDefined();
    const res = await s.call('DELETE', `/v1/contacts/${used?.id}`, undefined, bearer(erika));
    const problem = expectProblem(res, 409, 'contact_in_use') as { domains?: string[] };
    expect(problem.domains).toEqual(used?.usedByDomains);
  });
});
