/**
 * The DATEV "Buchungsstapel" of a year's invoices, as the tax advisor imports it (DATEV format
 * EXTF, interface version 700, format category 21, format version 13): the header line, the
 * 125 column titles in DATEV's order, one booking per invoice and one per credit note;
 * semicolons, CRLF, Windows-1252.
 *
 * Seen from the customer: the provider's invoice is a supplier invoice. Konto is the
 * provider's creditor account, Gegenkonto the expense account with the tax key (BU 9: 19 %
 * input tax; BU 94: a service received under § 13b UStG, reverse charge), "H" for an invoice
 * (the creditor is credited), "S" for a credit note; Umsatz is the gross amount without sign.
 */
import type { DatevChart } from '../../../shared/datev';

export interface DatevSettings {
  chart: DatevChart;
  creditorAccount: string;
  expenseAccount: string;
  /** '' when not set: the header leaves them blank */
  consultantNumber: string;
  clientNumber: string;
}

/** One document to book: an invoice (positive gross) or a credit note (negative gross). */
export interface DatevDocument {
  /** Belegfeld 1: the invoice or credit note number */
  number: string;
  date: string;
  grossCents: number;
  reverseCharge: boolean;
  /** Buchungstext (cut to 60 characters) */
  text: string;
}

export const TAX_KEY = { vat19: '9', reverseCharge19: '94' } as const;

const COLUMNS = [
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
  'Postensperre',
  'Diverse Adressnummer',
  'Geschäftspartnerbank',
  'Sachverhalt',
  'Zinssperre',
  'Beleglink',
  ...Array.from({ length: 8 }, (_, i) => [
    `Beleginfo - Art ${i + 1}`,
    `Beleginfo - Inhalt ${i + 1}`,
  ]).flat(),
  'KOST1 - Kostenstelle',
  'KOST2 - Kostenstelle',
  'Kost-Menge',
  'EU-Land u. UStID (Bestimmung)',
  'EU-Steuersatz (Bestimmung)',
  'Abw. Versteuerungsart',
  'Sachverhalt L+L',
  'Funktionsergänzung L+L',
  'BU 49 Hauptfunktionstyp',
  'BU 49 Hauptfunktionsnummer',
  'BU 49 Funktionsergänzung',
  ...Array.from({ length: 20 }, (_, i) => [
    `Zusatzinformation - Art ${i + 1}`,
    `Zusatzinformation- Inhalt ${i + 1}`,
  ]).flat(),
  'Stück',
  'Gewicht',
  'Zahlweise',
  'Forderungsart',
  'Veranlagungsjahr',
  'Zugeordnete Fälligkeit',
  'Skontotyp',
  'Auftragsnummer',
  'Buchungstyp',
  'USt-Schlüssel (Anzahlungen)',
  'EU-Mitgliedstaat (Anzahlungen)',
  'Sachverhalt L+L (Anzahlungen)',
  'EU-Steuersatz (Anzahlungen)',
  'Erlöskonto (Anzahlungen)',
  'Herkunft-Kz',
  'Leerfeld',
  'KOST-Datum',
  'SEPA-Mandatsreferenz',
  'Skontosperre',
  'Gesellschaftername',
  'Beteiligtennummer',
  'Identifikationsnummer',
  'Zeichnernummer',
  'Postensperre bis',
  'Bezeichnung SoBil-Sachverhalt',
  'Kennzeichen SoBil-Buchung',
  'Festschreibung',
  'Leistungsdatum',
  'Datum Zuord. Steuerperiode',
  'Fälligkeit',
  'Generalumkehr (GU)',
  'Steuersatz',
  'Land',
  'Abrechnungsreferenz',
  'BVV-Position (Betriebsvermögensvergleich)',
  'EU-Mitgliedstaat u. UStID (Ursprung)',
  'EU-Steuersatz (Ursprung)',
  'Abw. Skontokonto',
] as const;
export const DATEV_COLUMNS: readonly string[] = COLUMNS;
const COLUMN = (title: (typeof COLUMNS)[number]) => COLUMNS.indexOf(title);

/** A text field: in quotes, quotes inside doubled, no line breaks, at most `max` characters. */
function quoted(value: string, max: number): string {
  return `"${value
    .replace(/[\r\n]+/g, ' ')
    .slice(0, max)
    .replace(/"/g, '""')}"`;
}

/** 12345 → "123,45" (decimal comma, no thousands separator, no sign). */
export function datevAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const compact = (date: string) => date.replace(/-/g, '');

/** The header line (31 fields) of a Buchungsstapel for one calendar year. */
export function datevHeader(year: number, settings: DatevSettings, createdAt: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${createdAt.getFullYear()}${two(createdAt.getMonth() + 1)}${two(createdAt.getDate())}` +
    `${two(createdAt.getHours())}${two(createdAt.getMinutes())}${two(createdAt.getSeconds())}` +
    String(createdAt.getMilliseconds()).padStart(3, '0');
  const fields: string[] = new Array<string>(31).fill('');
  fields[0] = '"EXTF"';
  fields[1] = '700'; // interface version
  fields[2] = '21'; // format category: Buchungsstapel
  fields[3] = '"Buchungsstapel"';
  fields[4] = '13'; // format version
  fields[5] = stamp;
  fields[7] = '"KC"'; // Herkunft: the program that made it
  fields[8] = '"Kundencenter"';
  fields[10] = settings.consultantNumber;
  fields[11] = settings.clientNumber;
  fields[12] = `${year}0101`; // start of the fiscal year
  fields[13] = '4'; // length of general ledger accounts
  fields[14] = `${year}0101`;
  fields[15] = `${year}1231`;
  fields[16] = quoted(`Rechnungen ${year}`, 30);
  fields[18] = '1'; // Buchungstyp: financial accounting
  fields[19] = '0'; // Rechnungslegungszweck: independent
  fields[20] = '0'; // not fixed (the advisor decides)
  fields[21] = '"EUR"';
  fields[26] = `"${settings.chart === 'skr03' ? '03' : '04'}"`;
  return fields.join(';');
}

/** One booking line (125 fields). */
export function datevBookingLine(doc: DatevDocument, settings: DatevSettings): string {
  const fields: string[] = new Array<string>(COLUMNS.length).fill('');
  fields[COLUMN('Umsatz (ohne Soll/Haben-Kz)')] = datevAmount(doc.grossCents);
  // an invoice credits the creditor (H), a credit note debits it (S)
  fields[COLUMN('Soll/Haben-Kennzeichen')] = doc.grossCents < 0 ? '"S"' : '"H"';
  fields[COLUMN('WKZ Umsatz')] = '"EUR"';
  fields[COLUMN('Konto')] = settings.creditorAccount;
  fields[COLUMN('Gegenkonto (ohne BU-Schlüssel)')] = settings.expenseAccount;
  fields[COLUMN('BU-Schlüssel')] =
    `"${doc.reverseCharge ? TAX_KEY.reverseCharge19 : TAX_KEY.vat19}"`;
  // TTMM: the year is the header's
  fields[COLUMN('Belegdatum')] = `${doc.date.slice(8, 10)}${doc.date.slice(5, 7)}`;
  fields[COLUMN('Belegfeld 1')] = quoted(doc.number.replace(/[^A-Za-z0-9$&%*+\-/]/g, ''), 36);
  fields[COLUMN('Buchungstext')] = quoted(doc.text, 60);
  fields[COLUMN('Leistungsdatum')] = compact(doc.date).replace(/^(\d{4})(\d{2})(\d{2})$/, '$3$2$1');
  return fields.join(';');
}

// Unicode → Windows-1252 where it differs from Latin-1 (0x80–0x9F)
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Text as Windows-1252 bytes; what it cannot hold becomes "?". */
export function windows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    out[n++] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252.get(code) ?? 0x3f);
  }
  return out.subarray(0, n);
}

/** The whole file: header, column titles, bookings in date order, each line CRLF-terminated. */
export function datevBuchungsstapel(
  year: number,
  documents: readonly DatevDocument[],
  settings: DatevSettings,
  createdAt: Date,
): Buffer {
  const sorted = [...documents].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.number < b.number ? -1 : 1,
  );
  const lines = [
    datevHeader(year, settings, createdAt),
    COLUMNS.join(';'),
    ...sorted.map((doc) => datevBookingLine(doc, settings)),
  ];
  return windows1252(`${lines.join('\r\n')}\r\n`);
}

export const datevFileName = (year: number) => `EXTF_Buchungsstapel_${year}.csv`;
