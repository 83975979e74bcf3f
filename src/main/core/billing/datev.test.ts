import { describe, expect, it } from 'vitest';
import {
  DATEV_COLUMNS,
  datevBuchungsstapel,
  datevHeader,
  type DatevDocument,
  type DatevSettings,
} from './datev';

const SKR03: DatevSettings = {
  chart: 'skr03',
  creditorAccount: '70000',
  expenseAccount: '4925',
  consultantNumber: '29098',
  clientNumber: '55003',
};

/**
 * Decodes Windows-1252 (the file's encoding) back to text, line by line, fields split. Node's
 * decoder without full ICU reads it as Latin-1, so the two 0x80–0x9F characters used are
 * mapped by hand.
 */
function rows(bytes: Buffer): string[][] {
  const text = bytes
    .toString('latin1')
    .replace(/\u0096/g, '–')
    .replace(/\u0080/g, '€');
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
}

const col = (title: string) => DATEV_COLUMNS.indexOf(title);

describe('DATEV Buchungsstapel', () => {
  const created = new Date(2027, 0, 15, 9, 30, 5, 42);

  it.each([
    [1, '"EXTF"', 'Kennzeichen'],
    [2, '700', 'Versionsnummer'],
    [3, '21', 'Formatkategorie Buchungsstapel'],
    [4, '"Buchungsstapel"', 'Formatname'],
    [5, '13', 'Formatversion'],
    [6, '20270115093005042', 'erzeugt am'],
    [11, '29098', 'Beraternummer'],
    [12, '55003', 'Mandantennummer'],
    [13, '20260101', 'WJ-Beginn'],
    [14, '4', 'Sachkontenlänge'],
    [15, '20260101', 'Datum vom'],
    [16, '20261231', 'Datum bis'],
    [17, '"Rechnungen 2026"', 'Bezeichnung'],
    [19, '1', 'Buchungstyp Finanzbuchführung'],
    [21, '0', 'Festschreibung'],
    [22, '"EUR"', 'WKZ'],
    [27, '"03"', 'Sachkontenrahmen'],
  ])('header field %i is %s (%s)', (field, value) => {
    const header = datevHeader(2026, SKR03, created).split(';');
    expect(header).toHaveLength(31);
    expect(header[field - 1]).toBe(value);
  });

  it('names SKR04 and leaves unset consultant and client numbers empty', () => {
    const header = datevHeader(
      2026,
      { ...SKR03, chart: 'skr04', consultantNumber: '', clientNumber: '' },
      created,
    ).split(';');
    expect(header[26]).toBe('"04"');
    expect(header[10]).toBe('');
    expect(header[11]).toBe('');
  });

  it('has the 125 columns in DATEV order, starting as DATEV documents', () => {
    const [, titles] = rows(datevBuchungsstapel(2026, [], SKR03, created));
    expect(titles).toHaveLength(125);
    expect(titles?.slice(0, 14)).toEqual([
      'Umsatz (ohne Soll/Haben-Kz)',
      'Soll/Haben-Kennzeichen',
      'WKZ Umsatz',
      'Kurs',
      'Basis-Umsatz',
      'WKZ Basis-Umsatz',
      'Konto',
      'Gegenkonto (ohne BU-Schlüssel)',
      'BU-Schlüssel',
      'Belegdatum',
      'Belegfeld 1',
      'Belegfeld 2',
      'Skonto',
      'Buchungstext',
    ]);
    expect(titles?.[124]).toBe('Abw. Skontokonto');
  });

  const docs: [string, DatevDocument, Record<string, string>][] = [
    [
      'an invoice at 19 %',
      {
        number: 'RE-2026-000101',
        date: '2026-03-05',
        grossCents: 10234,
        reverseCharge: false,
        text: 'Webhosting Business',
      },
      {
        umsatz: '102,34',
        sh: '"H"',
        bu: '"9"',
        datum: '0503',
        beleg: '"RE-2026-000101"',
        text: '"Webhosting Business"',
      },
    ],
    [
      'a reverse-charge invoice (EU customer with VAT ID)',
      {
        number: 'RE-2026-000103',
        date: '2026-03-31',
        grossCents: 9199,
        reverseCharge: true,
        text: 'Managed Server L',
      },
      {
        umsatz: '91,99',
        sh: '"H"',
        bu: '"94"',
        datum: '3103',
        beleg: '"RE-2026-000103"',
        text: '"Managed Server L"',
      },
    ],
    [
      'a credit note (negative)',
      {
        number: 'GS-2026-000007',
        date: '2026-08-10',
        grossCents: -123456,
        reverseCharge: false,
        text: 'Gutschrift zu RE-2026-000007',
      },
      {
        umsatz: '1234,56',
        sh: '"S"',
        bu: '"9"',
        datum: '1008',
        beleg: '"GS-2026-000007"',
        text: '"Gutschrift zu RE-2026-000007"',
      },
    ],
  ];

  it.each(docs)('books %s', (_name, doc, expected) => {
    const [, , line] = rows(datevBuchungsstapel(2026, [doc], SKR03, created));
    expect(line).toHaveLength(125);
    expect(line?.[col('Umsatz (ohne Soll/Haben-Kz)')]).toBe(expected.umsatz);
    expect(line?.[col('Soll/Haben-Kennzeichen')]).toBe(expected.sh);
    expect(line?.[col('WKZ Umsatz')]).toBe('"EUR"');
    expect(line?.[col('Konto')]).toBe('70000');
    expect(line?.[col('Gegenkonto (ohne BU-Schlüssel)')]).toBe('4925');
    expect(line?.[col('BU-Schlüssel')]).toBe(expected.bu);
    expect(line?.[col('Belegdatum')]).toBe(expected.datum);
    expect(line?.[col('Belegfeld 1')]).toBe(expected.beleg);
    expect(line?.[col('Buchungstext')]).toBe(expected.text);
  });

  it('writes umlauts in Windows-1252 and sorts by date', () => {
    const bytes = datevBuchungsstapel(
      2026,
      [
        {
          number: 'RE-2026-000200',
          date: '2026-05-01',
          grossCents: 119,
          reverseCharge: false,
          text: 'E-Mail Pro 10 (Postfächer) – Größe €',
        },
        {
          number: 'RE-2026-000100',
          date: '2026-02-01',
          grossCents: 238,
          reverseCharge: false,
          text: 'Übergang',
        },
      ],
      SKR03,
      created,
    );
    // ä = 0xE4, – = 0x96, € = 0x80 in Windows-1252; never UTF-8's two bytes
    expect(bytes.includes(Buffer.from([0x50, 0x6f, 0x73, 0x74, 0x66, 0xe4]))).toBe(true);
    expect(bytes.includes(0x96)).toBe(true);
    expect(bytes.includes(0x80)).toBe(true);
    expect(bytes.includes(Buffer.from('ä', 'utf8'))).toBe(false);
    const lines = rows(bytes);
    expect(lines[2]?.[col('Buchungstext')]).toBe('"Übergang"');
    expect(lines[3]?.[col('Buchungstext')]).toBe('"E-Mail Pro 10 (Postfächer) – Größe €"');
    expect(lines[1]?.[col('Gegenkonto (ohne BU-Schlüssel)')]).toBe(
      'Gegenkonto (ohne BU-Schlüssel)',
    );
  });
});
