import { describe, expect, it } from 'vitest';
import { euro, renderInvoicePdf } from './invoice-pdf';
import { buildLine, taxesOf, type InvoiceDocument, type LineInput } from './invoices';

function document(lines: LineInput[], number = 'RE-2026-000123'): InvoiceDocument {
  const built = lines.map(buildLine);
  const netCents = built.reduce((s, l) => s + l.netCents, 0);
  const vatCents = built.reduce((s, l) => s + l.vatCents, 0);
  return {
    invoice: {
      id: 'inv_test',
      number,
      issueDate: '2026-03-05',
      dueDate: '2026-03-19',
      netCents,
      vatCents,
      grossCents: netCents + vatCents,
      openCents: netCents + vatCents,
      status: 'open',
      customerNumber: 'K-100234',
      servicePeriodStart: '2026-03-01',
      servicePeriodEnd: '2026-03-31',
      lines: built,
      taxes: taxesOf(built),
    },
    snapshot: {
      customerNumber: 'K-100234',
      recipient: {
        company: 'Muster Webdesign GmbH',
        name: 'Erika Mustermann',
        street: 'Musterstraße 12',
        postalCode: '10115',
        city: 'Berlin',
        country: 'DE',
        vatId: 'DE123456789',
      },
      payment: { method: 'bank_transfer', mandateReference: null },
    },
  };
}

const line = (description: string, unitNetCents: number, quantity = 1): LineInput => ({
  description,
  contractId: 'V-1',
  periodStart: '2026-03-01',
  periodEnd: '2026-03-31',
  quantity,
  unitNetCents,
});

describe('invoice PDF', () => {
  it('renders the same bytes twice, with the issue date as document date', async () => {
    const doc = document([line('Webhosting Business', 1499), line('E-Mail Pro 10', 100, 10)]);
    const a = await renderInvoicePdf(doc);
    const b = await renderInvoicePdf(structuredClone(doc));
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    const raw = a.toString('latin1');
    const dateOf = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
      return new RegExp(`\\n${ref} 0 obj\\n\\((D:\\d{14}Z)\\)`).exec(raw)?.[1];
    };
    expect(dateOf('CreationDate')).toBe('D:20260305000000Z');
    expect(dateOf('ModDate')).toBe('D:20260305000000Z');
    // small: text and the built-in fonts only
    expect(a.length).toBeLessThan(20_000);
  });

  it('differs for another invoice (the document ID follows the number)', async () => {
    const a = await renderInvoicePdf(document([line('Webhosting Business', 1499)]));
    const b = await renderInvoicePdf(
      document([line('Webhosting Business', 1499)], 'RE-2026-000124'),
    );
    expect(a.equals(b)).toBe(false);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(a)).not.toBe(id(b));
  });

  it('continues on further pages when there are many lines', async () => {
    const many = Array.from({ length: 60 }, (_, i) => line(`Domain beispiel-${i}.de`, 900));
    const pdf = await renderInvoicePdf(document(many));
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('formats euro amounts the German way', () => {
    expect(euro(8805)).toBe('88,05 €');
    expect(euro(123456789)).toBe('1.234.567,89 €');
    expect(euro(5)).toBe('0,05 €');
    expect(euro(-30000)).toBe('-300,00 €');
  });
});
