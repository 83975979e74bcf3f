/** The invoice PDF against the real server: stable bytes with ETag, layout, §14 UStG, privacy. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allInvoices, type Caller, pdfText, pdfWords, startSignedInBoth } from './billing-helpers';
import { type Schemas, type TestServer } from './helpers';

type Summary = Schemas['InvoiceSummary'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;
let invoices: Summary[] = [];
beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
  invoices = (await allInvoices(demo, 1000)).items;
});
afterAll(() => s.stop());

describe('GET /v1/invoices/{id}/pdf', () => {
  const newest = () => invoices[0] as Summary;

  it('serves a stable PDF as an attachment with a strong ETag and 304', async () => {
    const res = await demo.fetch(`/v1/invoices/${newest().id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Rechnung-${newest().number}.pdf"`,
    );
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(30_000);

    const again = await demo.fetch(`/v1/invoices/${newest().id}/pdf`);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect(again.headers.get('etag')).toBe(etag);

    const cached = await demo.fetch(`/v1/invoices/${newest().id}/pdf`, { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect((await cached.arrayBuffer()).byteLength).toBe(0);
  });

  it('shows the customer number in the top right of page one', async () => {
    const res = await demo.fetch(`/v1/invoices/${newest().id}/pdf`);
    const { width, height, words } = await pdfWords(Buffer.from(await res.arrayBuffer()));
    expect(width).toBeGreaterThan(500);
    const number = words.find((w) => w.text === 'K-100234');
    expect(number).toBeDefined();
    expect(number?.xMin).toBeGreaterThan(0.6 * width);
    expect(number?.yMax).toBeLessThan(0.25 * height);
    const label = words.find((w) => w.text === 'Kundennummer:');
    expect(label?.xMin).toBeGreaterThan(0.6 * width);
    expect(Math.abs((label?.yMin ?? 0) - (number?.yMin ?? 1))).toBeLessThan(1);
  });

  it('is a German invoice with what §14 UStG requires', async () => {
    const inv = invoices.find((i) => i.grossCents === 8805 && i.status === 'open') as Summary;
    const res = await demo.fetch(`/v1/invoices/${inv.id}/pdf`);
    const text = await pdfText(Buffer.from(await res.arrayBuffer()));
    const german = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
    for (const expected of [
      'CMO Hosting GmbH',
      'Musterstraße 1',
      '10115 Berlin',
      'USt-IdNr.: DE298765435',
      'Steuernummer: 37/123/45678',
      'HRB 123456 B',
      'Muster Webdesign GmbH',
      'Erika Mustermann',
      'Musterstraße 12',
      'DE123456789',
      `Rechnung ${inv.number}`,
      german(inv.issueDate),
      german(inv.dueDate),
      'Leistungszeitraum',
      'Webhosting Business',
      'Managed Server M',
      '73,99 €',
      'zzgl. 19 % USt. auf 73,99 €',
      '14,06 €',
      'Rechnungsbetrag brutto',
      '88,05 €',
      'Bitte überweisen Sie',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("is 404 for another customer's invoice", async () => {
    const theirs = (await allInvoices(mfa, 100)).items[0];
    const res = await demo.fetch(`/v1/invoices/${theirs?.id}/pdf`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await mfa.fetch(`/v1/invoices/${newest().id}/pdf`)).status).toBe(404);
    expect((await s.call('GET', `/v1/invoices/${newest().id}/pdf`)).status).toBe(401);
  });
});
