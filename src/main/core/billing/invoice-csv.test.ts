import { describe, expect, it } from 'vitest';
import { csvText, formatCentsDe, formatDateDe, invoiceCsv } from './invoice-csv';
import { summary } from './testing-invoices';

describe('German number and date formatting', () => {
  it('writes cents with a decimal comma and no thousands separator', () => {
    expect(formatCentsDe(0)).toBe('0,00');
    expect(formatCentsDe(5)).toBe('0,05');
    expect(formatCentsDe(1190)).toBe('11,90');
    expect(formatCentsDe(123456789)).toBe('1234567,89');
    expect(formatCentsDe(-1250)).toBe('-12,50');
    expect(formatCentsDe(-5)).toBe('-0,05');
  });

  it('writes dates as TT.MM.JJJJ', () => {
    expect(formatDateDe('2026-03-07')).toBe('07.03.2026');
    expect(formatDateDe('kaputt')).toBe('kaputt');
  });
});

describe('csvText', () => {
  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(csvText('RE-1')).toBe('RE-1');
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('sag "Hallo"')).toBe('"sag ""Hallo"""');
    expect(csvText('zwei\nZeilen')).toBe('"zwei\nZeilen"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('invoiceCsv', () => {
  it('is UTF-8 with BOM, semicolon-separated, CRLF, one row per invoice', () => {
    const csv = invoiceCsv([
      summary({
        id: '1',
        number: 'RE-2026-000001',
        issueDate: '2026-01-31',
        dueDate: '2026-02-14',
        netCents: 123456,
        vatCents: 23457,
        grossCents: 146913,
        status: 'overdue',
      }),
      summary({ id: '2', number: 'RE;2026"2', status: 'cancelled' }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Rechnungsnummer;Rechnungsdatum;Fälligkeit;Netto;USt;Brutto;Status',
      'RE-2026-000001;31.01.2026;14.02.2026;1234,56;234,57;1469,13;überfällig',
      '"RE;2026""2";01.01.2026;15.01.2026;10,00;1,90;11,90;storniert',
      '',
    ]);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
