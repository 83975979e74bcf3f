/**
 * "Produkte & Dienste" against the real server: the demo contracts, their detail with invoices,
 * another customer's contract refused, and the credentials behind an expiring step-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  changesCursor,
  changesSince,
  signIn,
  startSignedInBoth,
} from './billing-helpers';
import { expectProblem, type Schemas, type TestServer } from './helpers';

type Page = Schemas['ContractPage'];
type Contract = Schemas['Contract'];
type Credentials = Schemas['CredentialList'];
type Credential = Schemas['Credential'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;
beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
});
afterAll(() => s.stop());

const list = (c: Caller, query = '', headers: Record<string, string> = {}) =>
  c.call<Page>('GET', `/v1/contracts${query}`, undefined, headers);
const detail = (c: Caller, id: string, headers: Record<string, string> = {}) =>
  c.call<Contract>('GET', `/v1/contracts/${id}`, undefined, headers);
const credentials = (c: Caller, id: string) =>
  c.call<Credentials>('GET', `/v1/contracts/${id}/credentials`);
const reset = (c: Caller, id: string, credentialId: string) =>
  c.call<Credential>('POST', `/v1/contracts/${id}/credentials/${credentialId}/reset`);

describe('contracts', () => {
  it('lists the demo customer’s contracts: every product type, one cancelled, one ended', async () => {
    const res = await list(demo);
    expect(res.status).toBe(200);
    const rows = res.body.items.map((c) => [c.contractNumber, c.productType, c.status]);
    expect(rows).toEqual([
      ['V-100234-01', 'webhosting', 'active'],
      ['V-100234-02', 'email', 'active'],
      ['V-100234-03', 'managed_server', 'active'],
      ['V-100234-04', 'ssl', 'active'],
      ['V-100234-05', 'domain', 'active'],
      ['V-100234-06', 'webhosting', 'cancelled'],
      ['V-100234-07', 'domain', 'ended'],
    ]);
    expect(res.body.nextCursor).toBeNull();
    const today = new Date(s.clock.now()).toISOString().slice(0, 10);
    const [webhosting] = res.body.items;
    expect(webhosting).toMatchObject({
      id: 'V-100234-01',
      productName: 'Webhosting Business',
      minimumTermMonths: 12,
      renewalPeriodMonths: 12,
      noticePeriod: { unit: 'months', amount: 3 },
      priceCents: 1499,
      billingCycleMonths: 1,
      endDate: null,
      domains: ['muster-webdesign.de', 'muster-webdesign-shop.de'],
    });
    expect(webhosting?.nextRenewal ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((webhosting?.nextRenewal ?? '') > today).toBe(true);
    const cancelled = res.body.items[5];
    expect((cancelled?.endDate ?? '') > today).toBe(true);
    expect(cancelled?.nextRenewal).toBeNull();
    expect(res.body.items[6]?.endDate ?? '9999').toMatch(/^\d{4}-/);
    expect((res.body.items[6]?.endDate ?? '9999') < today).toBe(true);

    const other = await list(mfa);
    expect(other.body.items.map((c) => c.contractNumber)).toEqual(['V-100235-01']);
  });

  it('filters by status and product type, pages with a cursor, and answers 304', async () => {
    const ids = async (query: string) => (await list(demo, query)).body.items.map((c) => c.id);
    expect(await ids('?status=cancelled')).toEqual(['V-100234-06']);
    expect(await ids('?status=ended')).toEqual(['V-100234-07']);
    expect(await ids('?productType=domain')).toEqual(['V-100234-05', 'V-100234-07']);
    expect(await ids('?productType=domain&status=active')).toEqual(['V-100234-05']);

    const first = await list(demo, '?limit=4');
    expect(first.body.items).toHaveLength(4);
    const rest = await list(demo, `?limit=4&cursor=${first.body.nextCursor}`);
    expect(rest.body.items.map((c) => c.id)).toEqual(['V-100234-05', 'V-100234-06', 'V-100234-07']);
    expect(rest.body.nextCursor).toBeNull();

    const bad = expectProblem(await list(demo, '?cursor=nonsense'), 400, 'validation_failed');
    expect(bad.errors).toEqual([{ field: 'cursor', code: 'cursor_invalid' }]);
    expectProblem(await list(demo, '?status=paused'), 400, 'validation_failed');

    const etag = first.headers.get('etag') ?? '';
    expect((await list(demo, '?limit=4', { 'if-none-match': etag })).status).toBe(304);
    expect((await list(demo, '?limit=5', { 'if-none-match': etag })).status).toBe(200);
    expectProblem(await s.call('GET', '/v1/contracts'), 401, 'unauthorized');
  });

  it('shows a contract with its invoices, domains, kinds of logins and cancellation', async () => {
    const res = await detail(demo, 'V-100234-01');
    expect(res.status).toBe(200);
    expect(res.body.description).toMatch(/Webspace/);
    expect(res.body.credentialKinds).toEqual(['control_panel', 'ftp', 'ssh', 'database']);
    expect(res.body.cancellation).toBeNull();
    // every monthly invoice of the billing demo bills the web hosting: 24, the newest 20 here
    expect(res.body.invoices).toHaveLength(20);
    expect(res.body.invoiceCount).toBe(24);
    expect(res.body.invoicesNextCursor).toMatch(/^c1\./);
    const [newest] = res.body.invoices ?? [];
    expect(newest).toMatchObject({ number: expect.stringMatching(/^RE-\d{4}-\d{6}$/) as unknown });
    const invoice = await demo.call<Schemas['Invoice']>('GET', `/v1/invoices/${newest?.id}`);
    expect(invoice.body.lines.some((l) => l.contractId === 'V-100234-01')).toBe(true);
    expect(newest?.totalCents).toBe(invoice.body.grossCents);
    expect(newest?.status).toBe(invoice.body.status);

    const ssl = await detail(demo, 'V-100234-04');
    expect(ssl.body.invoices).toHaveLength(2);
    expect(ssl.body).toMatchObject({ invoiceCount: 2, invoicesNextCursor: null });
    expect(ssl.body.credentialKinds).toEqual([]);

    const cancelled = await detail(demo, 'V-100234-06');
    expect(cancelled.body.cancellation).toMatchObject({
      kind: 'ordinary',
      status: 'confirmed',
      endDate: cancelled.body.endDate,
      requestedBy: 'Erika Mustermann',
    });

    const etag = res.headers.get('etag') ?? '';
    expect((await detail(demo, 'V-100234-01', { 'if-none-match': etag })).status).toBe(304);
  });

  it('pages a contract’s older invoices from where the detail stops, newest first', async () => {
    type Page = Schemas['ContractInvoicePage'];
    const shown = (await detail(demo, 'V-100234-01')).body;
    const older = await demo.call<Page>(
      'GET',
      `/v1/contracts/V-100234-01/invoices?cursor=${shown.invoicesNextCursor}`,
    );
    expect(older.status).toBe(200);
    expect(older.body.items).toHaveLength(4);
    expect(older.body.nextCursor).toBeNull();
    const all = [...(shown.invoices ?? []), ...older.body.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(24);
    const dates = all.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // pages of any size join up to the same list
    const small = await demo.call<Page>('GET', '/v1/contracts/V-100234-01/invoices?limit=10');
    expect(small.body.items.map((i) => i.id)).toEqual(all.slice(0, 10).map((i) => i.id));
    const next = await demo.call<Page>(
      'GET',
      `/v1/contracts/V-100234-01/invoices?limit=10&cursor=${small.body.nextCursor}`,
    );
    expect(next.body.items.map((i) => i.id)).toEqual(all.slice(10, 20).map((i) => i.id));

    expectProblem(
      await demo.call('GET', '/v1/contracts/V-100234-01/invoices?cursor=k1.V-100234-02'),
      400,
      'validation_failed',
    );
    expectProblem(await demo.call('GET', '/v1/contracts/V-100235-01/invoices'), 404, 'not_found');
    expectProblem(await mfa.call('GET', '/v1/contracts/V-100234-01/invoices'), 404, 'not_found');
  });

  it('refuses another customer’s contract as if it did not exist', async () => {
    expectProblem(await detail(mfa, 'V-100234-01'), 404, 'not_found');
    expectProblem(await detail(demo, 'V-100235-01'), 404, 'not_found');
    expectProblem(await detail(demo, 'V-999999-99'), 404, 'not_found');
    await mfa.stepUp();
    expectProblem(await credentials(mfa, 'V-100234-01'), 404, 'not_found');
    expectProblem(await reset(mfa, 'V-100234-01', 'V-100234-01-ftp'), 404, 'not_found');
    expectProblem(
      await mfa.call('GET', '/v1/contracts/V-100234-01/cancellation-options'),
      404,
      'not_found',
    );
    expectProblem(
      await mfa.call('GET', '/v1/contracts/V-100234-06/cancellation/receipt'),
      404,
      'not_found',
    );
    expectProblem(
      await mfa.call('DELETE', '/v1/contracts/V-100234-06/cancellation'),
      404,
      'not_found',
    );
    // the contract is untouched
    expect((await detail(demo, 'V-100234-06')).body.status).toBe('cancelled');
  });
});

describe('credentials', () => {
  it('need a step-up, are never stored by caches, and the step-up expires', async () => {
    const caller = await signIn(s);
    expectProblem(await credentials(caller, 'V-100234-01'), 403, 'step_up_required');

    await caller.stepUp();
    const res = await credentials(caller, 'V-100234-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.items.map((c) => [c.id, c.kind, c.username])).toEqual([
      ['V-100234-01-control_panel', 'control_panel', 'k100234-web'],
      ['V-100234-01-ftp', 'ftp', 'k100234-ftp'],
      ['V-100234-01-ssh', 'ssh', 'k100234'],
      ['V-100234-01-database', 'database', 'k100234_db1'],
    ]);
    const passwords = res.body.items.map((c) => c.password);
    expect(new Set(passwords).size).toBe(4);
    for (const p of passwords) {
      expect(p).toHaveLength(20);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/\d/);
    }
    const server = await credentials(caller, 'V-100234-03');
    expect(server.body.items.map((c) => c.kind)).toEqual(['ssh', 'control_panel']);
    const mail = await credentials(caller, 'V-100234-02');
    expect(mail.body.items.map((c) => c.kind)).toEqual(['mailbox']);

    // the step-up lasts five minutes
    s.clock.advance(4 * 60);
    expect((await credentials(caller, 'V-100234-01')).status).toBe(200);
    s.clock.advance(60);
    expectProblem(await credentials(caller, 'V-100234-01'), 403, 'step_up_required');
    await caller.stepUp();
    expect((await credentials(caller, 'V-100234-01')).body.items.map((c) => c.password)).toEqual(
      passwords,
    );
  });

  it('reset gives a new generated password once and records the change', async () => {
    const caller = await signIn(s);
    expectProblem(await reset(caller, 'V-100234-01', 'V-100234-01-ftp'), 403, 'step_up_required');
    await caller.stepUp();
    const before = (await credentials(caller, 'V-100234-01')).body.items;
    const cursor = await changesCursor(caller);

    const res = await reset(caller, 'V-100234-01', 'V-100234-01-ftp');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const old = before.find((c) => c.id === 'V-100234-01-ftp');
    expect(res.body).toMatchObject({ id: 'V-100234-01-ftp', kind: 'ftp', username: 'k100234-ftp' });
    expect(res.body.password).toHaveLength(20);
    expect(res.body.password).not.toBe(old?.password);

    const after = (await credentials(caller, 'V-100234-01')).body.items;
    expect(after.find((c) => c.id === 'V-100234-01-ftp')?.password).toBe(res.body.password);
    // the other logins keep theirs
    expect(after.filter((c) => c.id !== 'V-100234-01-ftp')).toEqual(
      before.filter((c) => c.id !== 'V-100234-01-ftp'),
    );
    expect(await changesSince(caller, cursor)).toEqual([
      { resource: 'credentials', id: 'V-100234-01' },
    ]);

    // a login of another contract is not reset through this one
    expectProblem(await reset(caller, 'V-100234-01', 'V-100234-02-mailbox'), 404, 'not_found');
  });
});
