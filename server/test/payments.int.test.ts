// Paying and renewing against the real sandbox: the provider's bank details, a payment page
// that pays the invoice once (and what that records), domain renewal and restore at the
// confirmed price with their invoice, and the contract changes an issued invoice records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnlinePayment, RenewalOffer, RenewalResult } from '../../src/shared/payments/types';
import { renewalAction, renewalOffer } from '../src/payments/renewal';
import { type Caller, changesCursor, changesSince, startSignedIn } from './billing-helpers';
import { expectProblem, type Schemas, type TestServer } from './helpers';

let s: TestServer;
let demo: Caller;

beforeAll(async () => {
  ({ s, demo } = await startSignedIn());
});

afterAll(async () => {
  await s.stop();
});

async function openInvoice(): Promise<Schemas['InvoiceSummary']> {
  const res = await demo.call<Schemas['InvoicePage']>('GET', '/v1/invoices?limit=500');
  const open = res.body.items.find((invoice) => invoice.openCents > 0);
  if (!open) throw new Error('the demo customer has no open invoice');
  return open;
}

describe('paying an invoice', () => {
  it('names the provider’s account for a transfer', async () => {
    const res = await demo.call('GET', '/v1/billing/payment-details');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      recipient: 'CMO Hosting GmbH',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      bankName: 'Commerzbank Köln',
      onlineMethods: ['paypal', 'credit_card'],
    });
  });

  it('opens a payment page that pays the invoice once and records what clients sync', async () => {
    const invoice = await openInvoice();
    const created = await demo.call<OnlinePayment>(
      'POST',
      `/v1/invoices/${invoice.id}/online-payment`,
      { method: 'paypal' },
    );
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${s.url}/v1/sandbox/pay/kcp_[\\w-]{43}$`));
    const page = await fetch(created.body.url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(invoice.number);
    expect(html).toContain('Jetzt bezahlen');

    const cursor = await changesCursor(demo);
    // the page's form posts text/plain, as a browser sends it
    const paid = await fetch(created.body.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '',
    });
    expect(paid.status).toBe(200);
    expect(await paid.text()).toContain('Zahlung erfolgreich');
    const after = await demo.call<Schemas['Invoice']>('GET', `/v1/invoices/${invoice.id}`);
    expect(after.body).toMatchObject({ status: 'paid', openCents: 0 });
    const changes = await changesSince(demo, cursor);
    expect(changes).toContainEqual({ resource: 'invoices', id: invoice.id });
    expect(changes.map((c) => c.resource)).toContain('statement');
    const contractIds = [
      ...new Set(after.body.lines.flatMap((line) => (line.contractId ? [line.contractId] : []))),
    ];
    for (const id of contractIds) expect(changes).toContainEqual({ resource: 'contracts', id });

    // used again: paid already, nothing booked twice
    const statement = await demo.call<Schemas['BillingStatement']>('GET', '/v1/billing/statement');
    const again = await fetch(created.body.url, { method: 'POST', body: '' });
    expect(await again.text()).toContain('Zahlung erfolgreich');
    const still = await demo.call<Schemas['BillingStatement']>('GET', '/v1/billing/statement');
    expect(still.body.bookings).toHaveLength(statement.body.bookings.length);
    expectProblem(
      await demo.call('POST', `/v1/invoices/${invoice.id}/online-payment`, { method: 'paypal' }),
      409,
      'invoice_not_open',
    );
  });

  it('refuses an unknown or expired page', async () => {
    const res = await s.call('GET', `/v1/sandbox/pay/kcp_${'a'.repeat(43)}`);
    expectProblem(res, 404, 'not_found');
  });
});

describe('issuing an invoice', () => {
  it('records a change of every contract it bills, so their invoice lists follow', async () => {
    const cursor = await changesCursor(demo);
    const issued = await s.call<Schemas['Invoice']>('POST', '/v1/sandbox/invoices', {
      email: 'demo@kundencenter.example',
    });
    expect(issued.status).toBe(201);
    const contracts = new Set(
      issued.body.lines.flatMap((l) => (l.contractId ? [l.contractId] : [])),
    );
    expect(contracts.size).toBeGreaterThan(0);
    const changes = await changesSince(demo, cursor);
    for (const id of contracts) expect(changes).toContainEqual({ resource: 'contracts', id });
  });
});

describe('renewing a domain', () => {
  it('is due within 30 days of its end, and restored after 30 days expired', () => {
    expect(renewalAction('active', '2026-07-31', '2026-07-01')).toBe('renew');
    expect(renewalAction('active', '2026-08-01', '2026-07-01')).toBeNull();
    expect(renewalAction('expired', '2026-06-01', '2026-07-01')).toBe('renew');
    expect(renewalAction('expired', '2026-05-31', '2026-07-01')).toBe('restore');
    expect(renewalAction('redemption', '2026-06-30', '2026-07-01')).toBe('restore');
    expect(renewalAction('transfer_pending', '2026-07-02', '2026-07-01')).toBeNull();
    const restore = renewalOffer(
      { name: 'a.com', tld: 'com', status: 'expired', expires_at: '2025-01-10' },
      '2026-07-01',
    );
    // a year from the old end would lie in the past: the year counts from today
    expect(restore).toMatchObject({ action: 'restore', newExpiresAt: '2027-07-01' });
    expect(restore?.netCents).toBe(5000 + 1500);
    expect(restore?.grossCents).toBe(6500 + 950 + 285);
  });

  it('renews the one expiring soon at the confirmed price and issues its invoice', async () => {
    const name = 'muster-webdesign-shop.de';
    const offer = await demo.call<RenewalOffer>('GET', `/v1/domains/${name}/renewal`);
    expect(offer.status).toBe(200);
    expect(offer.body).toMatchObject({ domain: name, action: 'renew', years: 1, netCents: 1200 });
    expect(offer.body.grossCents).toBe(1428);

    expectProblem(
      await demo.call('POST', `/v1/domains/${name}/renewal`, { action: 'renew', grossCents: 999 }),
      409,
      'renewal_changed',
    );
    const cursor = await changesCursor(demo);
    const key = { 'idempotency-key': 'renew-shop-1' };
    const body = { action: 'renew', grossCents: offer.body.grossCents };
    const done = await demo.call<RenewalResult>('POST', `/v1/domains/${name}/renewal`, body, key);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ domain: name, expiresAt: offer.body.newExpiresAt });
    // sent again with its key (an answer lost): the same answer, no second order
    const replay = await demo.call<RenewalResult>('POST', `/v1/domains/${name}/renewal`, body, key);
    expect(replay.body.invoiceId).toBe(done.body.invoiceId);

    const domain = await demo.call<Schemas['DomainDetail']>('GET', `/v1/domains/${name}`);
    expect(domain.body).toMatchObject({ status: 'active', expiresAt: offer.body.newExpiresAt });
    const invoice = await demo.call<Schemas['Invoice']>(
      'GET',
      `/v1/invoices/${done.body.invoiceId}`,
    );
    expect(invoice.body).toMatchObject({ grossCents: 1428, status: 'open' });
    expect(invoice.body.lines[0]?.description).toContain(`Domain ${name}: Verlängerung`);
    const changes = await changesSince(demo, cursor);
    expect(changes).toContainEqual({ resource: 'domains', id: name });
    expect(changes).toContainEqual({ resource: 'invoices', id: done.body.invoiceId });
    expect(changes).toContainEqual({ resource: 'contracts', id: 'V-100234-05' });
    // renewed: nothing is due any more
    expectProblem(await demo.call('GET', `/v1/domains/${name}/renewal`), 409, 'renewal_not_due');
  });

  it('restores the one expired two months ago, with the restore fee', async () => {
    const offer = await demo.call<RenewalOffer>('GET', '/v1/domains/muster-webdesign.com/renewal');
    expect(offer.body.action).toBe('restore');
    expect(offer.body.lines.map((line) => line.netCents)).toEqual([5000, 1500]);
  });
});
