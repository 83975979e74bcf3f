/**
 * The invoice as a PDF: a German invoice with everything §14 Abs. 4 UStG asks for (provider and
 * recipient with addresses, the provider's tax number and VAT ID, date, consecutive number,
 * service and service period, net per VAT rate, rate and tax, gross), the customer number at
 * the top right of page one, and the payment note.
 *
 * Deterministic: the same invoice gives the same bytes. The document's dates are the issue
 * date, and pdfkit derives the file ID from the info dictionary (title = invoice number,
 * dates), so nothing depends on the clock or chance. Only the built-in Helvetica is used: no
 * font files, nothing embedded, a few kilobytes per invoice.
 */
import PDFDocument from 'pdfkit';
import type { Invoice, InvoiceLine } from '../../../src/shared/billing';
import { dateToUtc, germanDate } from './dates';
import type { InvoiceDocument, InvoiceSnapshot } from './invoices';
import { PROVIDER } from './provider';

/** Raise when the layout changes, so cached PDFs (ETags) of unchanged invoices are renewed. */
export const INVOICE_PDF_LAYOUT = 1;

const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 56.69; // 20 mm
const RIGHT = PAGE.width - 51; // right edge of the text
const WIDTH = RIGHT - LEFT;
const BODY_BOTTOM = 700; // below this the footer starts
const GREY = '#555555';
const LINE_GREY = '#999999';

const COUNTRY_NAMES: Record<string, string> = {
  DE: 'Deutschland',
  AT: 'Österreich',
  CH: 'Schweiz',
  NL: 'Niederlande',
  FR: 'Frankreich',
  BE: 'Belgien',
  LU: 'Luxemburg',
  IT: 'Italien',
  ES: 'Spanien',
  PL: 'Polen',
  DK: 'Dänemark',
  GB: 'Vereinigtes Königreich',
};

/** `-123456` → `-1.234,56 €` */
export function euro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')} €`;
}

function rate(vatRate: number): string {
  return `${String(vatRate).replace('.', ',')} %`;
}

function period(start: string, end: string): string {
  return `${germanDate(start)} – ${germanDate(end)}`;
}

type Doc = PDFKit.PDFDocument;

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  cell: (line: InvoiceLine, position: number) => string;
}

const COLUMNS: Column[] = [
  { title: 'Pos.', width: 24, align: 'left', cell: (_l, i) => String(i) },
  { title: 'Leistung', width: 160, align: 'left', cell: (l) => l.description },
  { title: 'Zeitraum', width: 108, align: 'left', cell: (l) => period(l.periodStart, l.periodEnd) },
  { title: 'Menge', width: 34, align: 'right', cell: (l) => String(l.quantity) },
  { title: 'Einzelpreis', width: 62, align: 'right', cell: (l) => euro(l.unitNetCents) },
  { title: 'USt.', width: 34, align: 'right', cell: (l) => rate(l.vatRate) },
  { title: 'Netto', width: 0, align: 'right', cell: (l) => euro(l.netCents) },
];
// the last column takes what is left
const lastColumn = COLUMNS[COLUMNS.length - 1];
if (lastColumn) lastColumn.width = WIDTH - COLUMNS.reduce((s, c) => s + c.width, 0);

function text(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  opts: { width?: number; align?: 'left' | 'right'; font?: string; size?: number; color?: string },
): number {
  doc
    .font(opts.font ?? 'Helvetica')
    .fontSize(opts.size ?? 9)
    .fillColor(opts.color ?? 'black');
  const options: PDFKit.Mixins.TextOptions = { lineBreak: opts.width !== undefined };
  if (opts.width !== undefined) options.width = opts.width;
  if (opts.align) options.align = opts.align;
  doc.text(value, x, y, options);
  return opts.width === undefined
    ? doc.currentLineHeight(true)
    : doc.heightOfString(value, options);
}

function rightText(doc: Doc, value: string, y: number, font = 'Helvetica', size = 9): void {
  doc.font(font).fontSize(size);
  const w = doc.widthOfString(value);
  text(doc, value, RIGHT - w, y, { font, size });
}

function header(doc: Doc, invoice: Invoice, page: number): void {
  text(doc, PROVIDER.name, LEFT, 46, { font: 'Helvetica-Bold', size: 16 });
  text(doc, 'Webhosting · Server · Domains · E-Mail', LEFT, 66, { size: 8, color: GREY });
  // the customer number where the FAQ says it is: top right of every invoice
  rightText(doc, `Kundennummer: ${invoice.customerNumber}`, 48, 'Helvetica-Bold', 10);
  if (page > 1) {
    rightText(doc, `Rechnung ${invoice.number} · Seite ${page}`, 64, 'Helvetica', 8);
  }
}

function footer(doc: Doc): void {
  const y = 770;
  doc
    .moveTo(LEFT, y - 8)
    .lineTo(RIGHT, y - 8)
    .lineWidth(0.5)
    .strokeColor(LINE_GREY)
    .stroke();
  const col = WIDTH / 3;
  const columns = [
    [
      PROVIDER.name,
      PROVIDER.street,
      `${PROVIDER.postalCode} ${PROVIDER.city}`,
      `Tel. ${PROVIDER.phone}`,
      PROVIDER.email,
    ],
    [
      `Geschäftsführung: ${PROVIDER.managingDirectors}`,
      `${PROVIDER.court}, ${PROVIDER.register}`,
      `USt-IdNr.: ${PROVIDER.vatId}`,
      `Steuernummer: ${PROVIDER.taxNumber}`,
      PROVIDER.web,
    ],
    [
      PROVIDER.bank.name,
      `IBAN: ${PROVIDER.bank.iban}`,
      `BIC: ${PROVIDER.bank.bic}`,
      `Gläubiger-ID: ${PROVIDER.creditorId}`,
    ],
  ];
  columns.forEach((lines, i) => {
    lines.forEach((line, j) => {
      text(doc, line, LEFT + i * col, y + j * 9, { size: 6.5, color: GREY });
    });
  });
}

function addressBlock(doc: Doc, snapshot: InvoiceSnapshot): void {
  // DIN 5008 form B window: 20 mm from the left, 45 mm from the top
  const top = 127.56;
  const sender = `${PROVIDER.name} · ${PROVIDER.street} · ${PROVIDER.postalCode} ${PROVIDER.city}`;
  text(doc, sender, LEFT, top, { size: 6.5, color: GREY });
  const r = snapshot.recipient;
  const lines = [
    ...(r.company ? [r.company, `z. Hd. ${r.name}`] : [r.name]),
    r.street,
    `${r.postalCode} ${r.city}`,
    ...(r.country !== 'DE' ? [COUNTRY_NAMES[r.country] ?? r.country] : []),
  ];
  lines.forEach((line, i) => text(doc, line, LEFT, top + 16 + i * 13, { size: 10 }));
}

function infoBlock(doc: Doc, invoice: Invoice, snapshot: InvoiceSnapshot): void {
  const labelX = RIGHT - 200;
  const rows: [string, string][] = [
    ['Rechnungsnummer', invoice.number],
    ['Rechnungsdatum', germanDate(invoice.issueDate)],
    ['Leistungszeitraum', period(invoice.servicePeriodStart, invoice.servicePeriodEnd)],
    ['Fällig am', germanDate(invoice.dueDate)],
  ];
  if (snapshot.recipient.vatId) rows.push(['Ihre USt-IdNr.', snapshot.recipient.vatId]);
  rows.forEach(([label, value], i) => {
    const y = 140 + i * 13;
    text(doc, `${label}:`, labelX, y, { size: 9, color: GREY });
    rightText(doc, value, y);
  });
}

function tableHeader(doc: Doc, y: number): number {
  let x = LEFT;
  for (const c of COLUMNS) {
    text(doc, c.title, x, y, { width: c.width, align: c.align, font: 'Helvetica-Bold', size: 8.5 });
    x += c.width;
  }
  doc
    .moveTo(LEFT, y + 13)
    .lineTo(RIGHT, y + 13)
    .lineWidth(0.7)
    .strokeColor('black')
    .stroke();
  return y + 18;
}

function paymentNote(invoice: Invoice, snapshot: InvoiceSnapshot): string {
  const amount = euro(invoice.grossCents);
  const due = germanDate(invoice.dueDate);
  switch (snapshot.payment.method) {
    case 'sepa_direct_debit':
      return (
        `Den Rechnungsbetrag von ${amount} ziehen wir zum ${due} per SEPA-Lastschrift von ` +
        `Ihrem Konto ein (Mandatsreferenz ${snapshot.payment.mandateReference ?? '–'}, ` +
        `Gläubiger-ID ${PROVIDER.creditorId}). Bitte sorgen Sie für ausreichende Deckung.`
      );
    case 'paypal':
      return `Den Rechnungsbetrag von ${amount} buchen wir zum ${due} über PayPal ab.`;
    case 'credit_card':
      return `Den Rechnungsbetrag von ${amount} belasten wir zum ${due} Ihrer Kreditkarte.`;
    case 'bank_transfer':
      return (
        `Bitte überweisen Sie den Rechnungsbetrag von ${amount} ohne Abzug bis zum ${due} ` +
        `unter Angabe der Rechnungsnummer ${invoice.number} auf unser unten genanntes Konto ` +
        `(IBAN ${PROVIDER.bank.iban}, BIC ${PROVIDER.bank.bic}).`
      );
  }
}

function draw(doc: Doc, { invoice, snapshot }: InvoiceDocument): void {
  let page = 1;
  header(doc, invoice, page);
  footer(doc);
  addressBlock(doc, snapshot);
  infoBlock(doc, invoice, snapshot);

  let y = 262;
  text(doc, `Rechnung ${invoice.number}`, LEFT, y, { font: 'Helvetica-Bold', size: 14 });
  y += 26;
  const greeting = snapshot.recipient.company
    ? 'Sehr geehrte Damen und Herren,'
    : `Guten Tag ${snapshot.recipient.name},`;
  text(doc, greeting, LEFT, y, { size: 9.5 });
  y += 14;
  y += text(
    doc,
    'für unsere Leistungen im genannten Leistungszeitraum berechnen wir Ihnen:',
    LEFT,
    y,
    { size: 9.5, width: WIDTH },
  );
  y = tableHeader(doc, y + 8);

  invoice.lines.forEach((line, i) => {
    const descWidth = COLUMNS[1]?.width ?? 0;
    doc.font('Helvetica').fontSize(8.5);
    const height = Math.max(11, doc.heightOfString(line.description, { width: descWidth }));
    if (y + height > BODY_BOTTOM - 40) {
      doc.addPage({ size: 'A4', margin: 0 });
      page += 1;
      header(doc, invoice, page);
      footer(doc);
      y = tableHeader(doc, 100);
    }
    let x = LEFT;
    for (const c of COLUMNS) {
      text(doc, c.cell(line, i + 1), x, y, { width: c.width, align: c.align, size: 8.5 });
      x += c.width;
    }
    y += height + 5;
  });

  // totals: net, then per rate the tax on its net, then the gross amount
  const rows = 2 + invoice.taxes.length;
  if (y + rows * 14 + 80 > BODY_BOTTOM) {
    doc.addPage({ size: 'A4', margin: 0 });
    page += 1;
    header(doc, invoice, page);
    footer(doc);
    y = 100;
  }
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor(LINE_GREY).stroke();
  y += 6;
  const labelX = RIGHT - 240;
  const total = (label: string, value: string, bold = false) => {
    const font = bold ? 'Helvetica-Bold' : 'Helvetica';
    text(doc, label, labelX, y, { font, size: 9 });
    rightText(doc, value, y, font);
    y += 14;
  };
  total('Summe netto', euro(invoice.netCents));
  for (const t of invoice.taxes) {
    total(`zzgl. ${rate(t.vatRate)} USt. auf ${euro(t.netCents)}`, euro(t.vatCents));
  }
  doc
    .moveTo(labelX, y - 2)
    .lineTo(RIGHT, y - 2)
    .lineWidth(0.7)
    .strokeColor('black')
    .stroke();
  y += 2;
  total('Rechnungsbetrag brutto', euro(invoice.grossCents), true);

  y += 16;
  y += text(doc, paymentNote(invoice, snapshot), LEFT, y, { size: 9, width: WIDTH });
  y += 6;
  text(
    doc,
    'Das Leistungsdatum entspricht dem angegebenen Leistungszeitraum. Vielen Dank für Ihr Vertrauen.',
    LEFT,
    y,
    { size: 9, width: WIDTH },
  );
}

/** Renders the invoice; the same document gives the same bytes. */
export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const { invoice, snapshot } = document;
  const issued = dateToUtc(invoice.issueDate);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    compress: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: `Rechnung ${invoice.number}`,
      Author: PROVIDER.name,
      Subject: `Rechnung ${invoice.number} für Kundennummer ${snapshot.customerNumber}`,
      Creator: 'Kundencenter',
      Producer: 'Kundencenter',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc, document);
  doc.end();
  return done;
}
