/**
 * `GET /v1/invoices/{id}/einvoice` over HTTP with the demo customer: each format with its
 * type, file name and ETag (304 without rendering), valid EN 16931 of the invoice the JSON
 * API shows, and the answers for an unknown format or another customer's invoice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allInvoices, signIn, type Caller } from './billing-helpers';
import { parseEinvoice } from './einvoice-parse';
import { ruleReport, schemaErrors } from './einvoice-validator';
import { expectProblem, startTestServer, type Schemas, type TestServer } from './helpers';

type Invoice = Schemas['Invoice'];

let s: TestServer;
let demo: Caller;
let invoice: Invoice;
beforeAll(async () => {
  s = await startTestServer();
  demo = await signIn(s);
  const newest = (await allInvoices(demo, 100)).items[0];
  invoice = (await demo.call<Invoice>('GET', `/v1/invoices/${newest?.id}`)).body;
});
afterAll(() => s.stop());

describe('GET /v1/invoices/{id}/einvoice', () => {
  it('answers XRechnung CII by default, as an attachment with an ETag and 304', async () => {
    const res = await demo.fetch(`/v1/invoices/${invoice.id}/einvoice`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Rechnung-${invoice.number}.xrechnung-cii.xml"`,
    );
    const xml = await res.text();
    expect(await schemaErrors(xml, 'cii')).toEqual([]);
    expect((await ruleReport(xml, 'cii', 'xrechnung')).errors).toEqual([]);
    const parsed = parseEinvoice(xml, 'cii');
    expect(parsed.number).toBe(invoice.number);
    expect(parsed.buyerId).toBe('K-100234');
    expect(parsed.buyerVatId).toBe('DE123456789');
    expect(parsed.grossCents).toBe(invoice.grossCents);
    expect(parsed.lines.map((l) => l.contract)).toEqual(invoice.lines.map((l) => l.contractId));

    const etag = res.headers.get('etag') ?? '';
    const cached = await demo.fetch(`/v1/invoices/${invoice.id}/einvoice`, {
      'if-none-match': etag,
    });
    expect(cached.status).toBe(304);
  });

  it('answers UBL and ZUGFeRD in their own types', async () => {
    const ubl = await demo.fetch(`/v1/invoices/${invoice.id}/einvoice?format=xrechnung-ubl`);
    expect(ubl.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(parseEinvoice(await ubl.text(), 'ubl').payableCents).toBe(invoice.grossCents);
    const zugferd = await demo.fetch(`/v1/invoices/${invoice.id}/einvoice?format=zugferd`);
    expect(zugferd.headers.get('content-type')).toBe('application/pdf');
    expect(zugferd.headers.get('content-disposition')).toContain('.zugferd.pdf"');
    const bytes = Buffer.from(await zugferd.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('factur-x.xml'))).toBe(true);
  });

  it('refuses an unknown format and answers 404 for an invoice not of the customer', async () => {
    expectProblem(
      await demo.call('GET', `/v1/invoices/${invoice.id}/einvoice?format=pdf`),
      400,
      'validation_failed',
    );
    expectProblem(await demo.call('GET', '/v1/invoices/inv_nothing/einvoice'), 404, 'not_found');
  });
});
