import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinDate } from '../src/billing/dates';
import {
  allInvoices,
  type Caller,
  changesCursor,
  changesSince,
  signIn,
  startSignedInBoth,
} from './billing-helpers';
import { DEMO_EMAIL, expectProblem, type Schemas, type TestServer } from './helpers';

type Summary = Schemas['InvoiceSummary'];
type Invoice = Schemas['Invoice'];
type Statement = Schemas['BillingStatement'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;
let invoices: Summary[] = [];
beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
  invoices = (await allInvoices(demo, 1000)).items;
});
afterAll(() => s.stop());

const today = () => berlinDate(s.clock.t);
const byStatus = (status: Summary['status']) => invoices.filter((i) => i.status === status);

/** The change-log entries of the contracts an invoice's lines bill (their invoice lists change). */
async function billedContractChanges(invoiceId: string) {
  const invoice = await demo.call<Invoice>('GET', `/v1/invoices/${invoiceId}`);
  const numbers = new Set(invoice.body.lines.map((l) => l.contractId));
  const contracts = await demo.call<Schemas['ContractPage']>('GET', '/v1/contracts?limit=100');
  return contracts.body.items
    .filter((c) => numbers.has(c.contractNumber))
    .map((c) => ({ resource: 'contracts', id: c.id }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('demo invoices', () => {
  it('are two years of monthly invoices plus two yearly ones, newest first', () => {
    expect(invoices).toHaveLength(26);
    for (const inv of invoices) {
      expect(inv.number).toMatch(/^RE-\d{4}-\d{6}$/);
      expect(inv.number.slice(3, 7)).toBe(inv.issueDate.slice(0, 4));
      expect(inv.grossCents).toBe(inv.netCents + inv.vatCents);
    }
    const keys = invoices.map((i) => `${i.issueDate} ${i.number}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(new Set(invoices.map((i) => i.id)).size).toBe(26);
    const oldest = invoices[invoices.length - 1];
    expect(oldest?.issueDate.slice(0, 7)).toBe(
      new Date(Date.UTC(Number(today().slice(0, 4)), Number(today().slice(5, 7)) - 1 - 23, 1))
        .toISOString()
        .slice(0, 7),
    );
  });

  it('has the two newest open, one overdue, one cancelled, the rest paid', () => {
    expect(invoices.slice(0, 2).map((i) => i.status)).toEqual(['open', 'open']);
    expect(byStatus('open')).toHaveLength(2);
    expect(byStatus('overdue')).toHaveLength(1);
    expect(byStatus('cancelled')).toHaveLength(1);
    expect(byStatus('paid')).toHaveLength(22);
    const [overdue] = byStatus('overdue');
    expect((overdue?.dueDate ?? '9999') < today()).toBe(true);
    expect(overdue).toMatchObject({ netCents: 7399, vatCents: 1406, grossCents: 8805 });
    expect(overdue?.openCents).toBe(8805);
    expect(byStatus('cancelled')[0]?.openCents).toBe(0);
    for (const open of byStatus('open')) {
      expect(open.dueDate >= today()).toBe(true);
      expect(open.openCents).toBe(open.grossCents);
    }
    expect(
      byStatus('open')
        .map((i) => i.grossCents)
        .sort(),
    ).toEqual([12614, 8805]);
    expect(byStatus('paid').every((i) => i.openCents === 0)).toBe(true);
  });
});

describe('GET /v1/invoices', () => {
  it('pages with a cursor through every invoice exactly once', async () => {
    for (const limit of [1, 7, 25, 26]) {
      const { items, pages } = await allInvoices(demo, limit);
      expect(items.map((i) => i.id)).toEqual(invoices.map((i) => i.id));
      expect(pages).toBe(Math.ceil(26 / limit));
    }
    const first = await demo.call<Schemas['InvoicePage']>('GET', '/v1/invoices');
    expect(first.body.items).toHaveLength(26);
    expect(first.body.nextCursor).toBeNull();
  });

  it('answers 304 to a matching If-None-Match, per page', async () => {
    const page = await demo.call('GET', '/v1/invoices?limit=5');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const again = await demo.call('GET', '/v1/invoices?limit=5', undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.get('etag')).toBe(etag);
    const otherPage = await demo.call('GET', '/v1/invoices?limit=6', undefined, {
      'if-none-match': etag,
    });
    expect(otherPage.status).toBe(200);
  });

  it('validates limit and cursor, and needs a token', async () => {
    const zero = expectProblem(
      await demo.call('GET', '/v1/invoices?limit=0'),
      400,
      'validation_failed',
    );
    expect(zero.errors).toEqual([{ field: 'limit', code: 'minimum' }]);
    expectProblem(await demo.call('GET', '/v1/invoices?limit=1001'), 400, 'validation_failed');
    const cursor = expectProblem(
      await demo.call('GET', '/v1/invoices?cursor=nonsense'),
      400,
      'validation_failed',
    );
    expect(cursor.errors).toEqual([{ field: 'cursor', code: 'cursor_invalid' }]);
    expectProblem(await s.call('GET', '/v1/invoices'), 401, 'unauthorized');
  });

  it('shows each customer only their own invoices', async () => {
    const mine = (await allInvoices(mfa, 100)).items;
    expect(mine).toHaveLength(6);
    expect(mine[0]?.status).toBe('open');
    expect(mine.filter((i) => i.status === 'paid')).toHaveLength(5);
    const demoIds = new Set(invoices.map((i) => i.id));
    expect(mine.some((i) => demoIds.has(i.id))).toBe(false);
  });
});

describe('GET /v1/invoices/{id}', () => {
  it('answers the invoice with lines, taxes and the customer number', async () => {
    const newestMonthly = invoices.find((i) => i.grossCents === 8805 && i.status === 'open');
    const res = await demo.call<Invoice>('GET', `/v1/invoices/${newestMonthly?.id}`);
    expect(res.status).toBe(200);
    const inv = res.body;
    expect(inv).toMatchObject({ ...newestMonthly, customerNumber: 'K-100234' });
    expect(inv.lines.map((l) => [l.description, l.quantity, l.unitNetCents, l.vatCents])).toEqual([
      ['Webhosting Business', 1, 1499, 285],
      ['E-Mail Pro 10 (Postfächer)', 10, 100, 190],
      ['Managed Server M', 1, 4900, 931],
    ]);
    expect(inv.taxes).toEqual([{ vatRate: 19, netCents: 7399, vatCents: 1406, grossCents: 8805 }]);
    for (const l of inv.lines) {
      expect(l.periodStart).toBe(`${inv.issueDate.slice(0, 7)}-01`);
      expect(l.periodStart >= inv.servicePeriodStart && l.periodEnd <= inv.servicePeriodEnd).toBe(
        true,
      );
    }
    const etag = res.headers.get('etag') ?? '';
    const again = await demo.call('GET', `/v1/invoices/${inv.id}`, undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('lists the yearly services for a year', async () => {
    const yearly = invoices.find((i) => i.grossCents === 12614 && i.status === 'open');
    const inv = (await demo.call<Invoice>('GET', `/v1/invoices/${yearly?.id}`)).body;
    expect(inv.lines.map((l) => l.description)).toEqual([
      'SSL Wildcard *.muster-webdesign.de',
      '.de Domain',
    ]);
    const [ssl] = inv.lines;
    expect(Number(ssl?.periodEnd.slice(0, 4)) - Number(ssl?.periodStart.slice(0, 4))).toBe(1);
  });

  it("is 404 for another customer's invoice and for unknown ids", async () => {
    const theirs = (await allInvoices(mfa, 100)).items[0];
    expectProblem(await demo.call('GET', `/v1/invoices/${theirs?.id}`), 404, 'not_found');
    expectProblem(await mfa.call('GET', `/v1/invoices/${invoices[0]?.id}`), 404, 'not_found');
    expectProblem(await demo.call('GET', '/v1/invoices/inv_nothing'), 404, 'not_found');
    expectProblem(await s.call('GET', `/v1/invoices/${invoices[0]?.id}`), 401, 'unauthorized');
  });
});

describe('GET /v1/billing/statement', () => {
  it('lists every booking in date order with a running balance that ends at what is open', async () => {
    const res = await demo.call<Statement>('GET', '/v1/billing/statement');
    expect(res.status).toBe(200);
    const { bookings, balanceCents } = res.body;
    const open = invoices.reduce((sum, i) => sum + i.openCents, 0);
    expect(open).toBe(8805 + 12614 + 8805);
    expect(balanceCents).toBe(open);
    let running = 0;
    for (const [i, b] of bookings.entries()) {
      running += b.amountCents;
      expect(b.balanceCents).toBe(running);
      if (i > 0) expect(b.date >= (bookings[i - 1]?.date ?? '')).toBe(true);
    }
    expect(bookings[bookings.length - 1]?.balanceCents).toBe(balanceCents);
    expect(bookings.filter((b) => b.kind === 'invoice')).toHaveLength(26);
  });

  it('shows the return debit with its fee and the credit of the cancelled invoice', async () => {
    const { bookings } = (await demo.call<Statement>('GET', '/v1/billing/statement')).body;
    const returned = bookings.find((b) => b.kind === 'return_debit');
    const fee = bookings.find((b) => b.kind === 'return_debit_fee');
    expect(returned).toMatchObject({ amountCents: 8805 });
    expect(fee).toMatchObject({
      amountCents: 300,
      date: returned?.date,
      invoiceId: returned?.invoiceId,
    });
    const repaid = bookings.filter(
      (b) => b.invoiceId === returned?.invoiceId && b.kind === 'payment',
    );
    expect(repaid.map((b) => b.amountCents)).toEqual([-8805, -9105]);
    expect(invoices.find((i) => i.id === returned?.invoiceId)?.status).toBe('paid');

    const cancelled = byStatus('cancelled')[0];
    const credit = bookings.find((b) => b.kind === 'credit');
    expect(credit).toMatchObject({
      invoiceId: cancelled?.id,
      amountCents: -(cancelled?.grossCents ?? 0),
    });
    expect(credit?.reference).toMatch(/^GS-\d{4}-\d{6}$/);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const res = await demo.call('GET', '/v1/billing/statement');
    const etag = res.headers.get('etag') ?? '';
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const again = await demo.call('GET', '/v1/billing/statement', undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    const theirs = await mfa.call<Statement>('GET', '/v1/billing/statement');
    expect(theirs.body.balanceCents).toBe(594);
    expect(theirs.headers.get('etag')).not.toBe(etag);
  });
});

describe('new invoices and payments (sandbox billing run)', () => {
  it('a new invoice changes the list ETag and the statement, and is recorded for sync', async () => {
    const cursor = await changesCursor(demo);
    const list = await demo.call('GET', '/v1/invoices?limit=5');
    const listTag = list.headers.get('etag') ?? '';
    const statementTag =
      (await demo.call('GET', '/v1/billing/statement')).headers.get('etag') ?? '';

    const issued = await s.call<Invoice>('POST', '/v1/sandbox/invoices', { email: DEMO_EMAIL });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      issueDate: today(),
      status: 'open',
      customerNumber: 'K-100234',
    });
    expect(issued.body.lines.map((l) => l.description)).toEqual([
      'Webhosting Business',
      'E-Mail Pro 10 (Postfächer)',
      'Managed Server M',
    ]);

    const fresh = await demo.call<Schemas['InvoicePage']>(
      'GET',
      '/v1/invoices?limit=5',
      undefined,
      {
        'if-none-match': listTag,
      },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.body.items[0]?.id).toBe(issued.body.id);
    const st = await demo.call<Statement>('GET', '/v1/billing/statement', undefined, {
      'if-none-match': statementTag,
    });
    expect(st.status).toBe(200);
    expect(st.body.bookings[st.body.bookings.length - 1]).toMatchObject({
      kind: 'invoice',
      invoiceId: issued.body.id,
    });
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'invoices', id: issued.body.id },
      { resource: 'statement', id: 'K-100234' },
      ...(await billedContractChanges(issued.body.id)),
    ]);
    expect(await billedContractChanges(issued.body.id)).toHaveLength(3);
    expect(await changesSince(mfa, cursor)).toEqual([]);
  });

  it('a payment settles the invoice; paying it again is refused', async () => {
    const overdue = byStatus('overdue')[0] as Summary;
    const before = (await demo.call<Statement>('GET', '/v1/billing/statement')).body.balanceCents;
    const cursor = await changesCursor(demo);
    const paid = await s.call<Invoice>('POST', `/v1/sandbox/invoices/${overdue.id}/payment`);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ id: overdue.id, status: 'paid', openCents: 0 });
    const after = (await demo.call<Statement>('GET', '/v1/billing/statement')).body.balanceCents;
    expect(after).toBe(before - overdue.grossCents);
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'invoices', id: overdue.id },
      { resource: 'statement', id: 'K-100234' },
      ...(await billedContractChanges(overdue.id)),
    ]);
    expectProblem(
      await s.call('POST', `/v1/sandbox/invoices/${overdue.id}/payment`),
      409,
      'invoice_not_open',
    );
    expectProblem(await s.call('POST', '/v1/sandbox/invoices/inv_none/payment'), 404, 'not_found');
    expectProblem(
      await s.call('POST', '/v1/sandbox/invoices', { email: 'niemand@kundencenter.example' }),
      404,
      'not_found',
    );
  });

  it('an open invoice turns overdue when its due date passes (and the ETag follows)', async () => {
    const list = await demo.call<Schemas['InvoicePage']>('GET', '/v1/invoices?limit=3');
    const etag = list.headers.get('etag') ?? '';
    const open = list.body.items.filter((i) => i.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    s.clock.advance(20 * 24 * 3600);
    const later = await signIn(s);
    const res = await later.call<Schemas['InvoicePage']>('GET', '/v1/invoices?limit=3', undefined, {
      'if-none-match': etag,
    });
    expect(res.status).toBe(200);
    for (const inv of open) {
      expect(res.body.items.find((i) => i.id === inv.id)?.status).toBe('overdue');
    }
  });
});
