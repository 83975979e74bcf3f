import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildYearArchive, invoicesOfYear, pdfFileName, safeFileName } from './year-archive';
import { summary } from './testing-invoices';

const invoices = [
  summary({ id: '3', number: 'RE-2026-000003', issueDate: '2026-03-01' }),
  summary({ id: '2', number: 'RE-2026-000002', issueDate: '2026-02-01' }),
  summary({ id: '9', number: 'RE-2025-000009', issueDate: '2025-12-01' }),
  summary({ id: '1', number: 'RE-2026-000001', issueDate: '2026-01-01' }),
];
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`);

describe('year archive', () => {
  it('holds the CSV of every invoice of the year and the PDFs given, oldest first', async () => {
    const zip = await buildYearArchive(
      2026,
      invoices,
      new Map([
        ['1', pdf('one')],
        ['3', pdf('three')],
        ['9', pdf('last year')],
      ]),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      'Rechnungen-2026.csv',
      'Rechnung-RE-2026-000001.pdf',
      'Rechnung-RE-2026-000003.pdf',
    ]);
    expect(strFromU8(files['Rechnung-RE-2026-000003.pdf']!)).toBe('%PDF-1.7\nthree\n%%EOF');
    const csv = strFromU8(files['Rechnungen-2026.csv']!);
    const numbers = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';')[0]);
    // the invoice without a PDF (offline) is still listed
    expect(numbers).toEqual(['RE-2026-000001', 'RE-2026-000002', 'RE-2026-000003']);
  });

  it('gives the same bytes for the same input (deterministic)', async () => {
    const pdfs = new Map([['2', pdf('two')]]);
    const a = await buildYearArchive(2026, invoices, pdfs);
    const b = await buildYearArchive(2026, [...invoices].reverse(), new Map(pdfs));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('is a valid ZIP with only the CSV header for a year without invoices', async () => {
    const files = unzipSync(await buildYearArchive(2019, invoices, new Map()));
    expect(Object.keys(files)).toEqual(['Rechnungen-2019.csv']);
    // Buffer, not strFromU8: TextDecoder would swallow the BOM this checks for
    expect(Buffer.from(files['Rechnungen-2019.csv']!).toString('utf8')).toBe(
      '\uFEFFRechnungsnummer;Rechnungsdatum;Fälligkeit;Netto;USt;Brutto;Status\r\n',
    );
  });

  it('selects by issue year and makes file names safe', () => {
    expect(invoicesOfYear(invoices, 2025).map((i) => i.id)).toEqual(['9']);
    expect(safeFileName('RE/../2026 01')).toBe('RE_.._2026_01');
    expect(pdfFileName('RE-2026-000123')).toBe('Rechnung-RE-2026-000123.pdf');
  });
});
