/**
 * The receipt of a cancellation as PDF ("Kündigungsbestätigung"): contract, product, kind, end
 * date, when it was sent (Europe/Berlin), the customer number and who sent it.
 *
 * Deterministic like the invoice PDF: the document dates are the moment the cancellation was
 * sent, pdfkit derives the file ID from the info dictionary, only the built-in Helvetica is
 * used. The same cancellation always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Cancellation, ContractSummary } from '../../../src/shared/products/types';
import { germanDate } from '../billing/dates';
import { PROVIDER } from '../billing/provider';
import { berlinDateTime, KIND_LABELS } from './cancellation';

/** Raise when the layout changes, so cached receipts (ETags) are renewed. */
export const RECEIPT_PDF_LAYOUT = 1;

export interface ReceiptDocument {
  cancellation: Cancellation;
  contract: Pick<ContractSummary, 'contractNumber' | 'productName' | 'domains'>;
  customerNumber: string;
  /** company, or first and last name */
  customerName: string;
}

const LEFT = 56.69;
const RIGHT = 595.28 - 51;
const WIDTH = RIGHT - LEFT;
const GREY = '#555555';

const STATUS_LABELS = {
  confirmed: 'bestätigt',
  requested: 'beantragt – wird von unserem Team geprüft',
  revoked: 'widerrufen',
} as const;

export function receiptEtag(document: ReceiptDocument): string {
  const digest = createHash('sha256')
    .update(JSON.stringify({ layout: RECEIPT_PDF_LAYOUT, document }))
    .digest('base64url');
  return `"r-${digest.slice(0, 32)}"`;
}

export function receiptFileName(contractNumber: string): string {
  return `Kuendigung-${contractNumber}.pdf`;
}

/** The label/value rows of the receipt, in order (also what a test reads back). */
export function receiptRows(document: ReceiptDocument): [string, string][] {
  const { cancellation: c, contract } = document;
  const rows: [string, string][] = [
    ['Kundennummer', document.customerNumber],
    ['Kunde', document.customerName],
    ['Vertrag', contract.contractNumber],
    ['Produkt', contract.productName],
  ];
  if (contract.domains.length > 0) rows.push(['Domains', contract.domains.join(', ')]);
  rows.push(
    ['Art der Kündigung', KIND_LABELS[c.kind]],
    [c.kind === 'ordinary' ? 'Vertragsende' : 'Gewünschtes Vertragsende', germanDate(c.endDate)],
  );
  if (c.reason) rows.push(['Begründung', c.reason]);
  if (c.closingCompany) rows.push(['Anlass', 'Geschäftsaufgabe (ordentliche Kündigung)']);
  rows.push(
    ['Gesendet am', berlinDateTime(Date.parse(c.createdAt))],
    ['Gekündigt von', c.requestedBy],
    ['Bestätigung an', c.confirmationEmail],
    ['Status', STATUS_LABELS[c.status]],
  );
  if (c.revokedAt) rows.push(['Widerrufen am', berlinDateTime(Date.parse(c.revokedAt))]);
  return rows;
}

function draw(doc: PDFKit.PDFDocument, document: ReceiptDocument): void {
  const { cancellation: c } = document;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('black').text(PROVIDER.name, LEFT, 46);
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(GREY)
    .text('Webhosting · Server · Domains · E-Mail', LEFT, 66);
  doc.font('Helvetica-Bold').fontSize(10).fillColor('black');
  const number = `Kundennummer: ${document.customerNumber}`;
  doc.text(number, RIGHT - doc.widthOfString(number), 48, { lineBreak: false });

  doc.font('Helvetica-Bold').fontSize(18).text('Kündigungsbestätigung', LEFT, 130);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(
      c.kind === 'ordinary'
        ? 'Wir bestätigen den Eingang Ihrer ordentlichen Kündigung mit folgenden Angaben:'
        : 'Wir haben Ihren Antrag auf außerordentliche Kündigung mit folgenden Angaben erhalten. ' +
            'Unser Team prüft ihn; bis zur Entscheidung läuft der Vertrag unverändert weiter.',
      LEFT,
      162,
      { width: WIDTH },
    );

  let y = doc.y + 18;
  const labelWidth = 150;
  for (const [label, value] of receiptRows(document)) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('black');
    doc.text(label, LEFT, y, { width: labelWidth - 10 });
    doc.font('Helvetica').fontSize(10);
    doc.text(value, LEFT + labelWidth, y, { width: WIDTH - labelWidth });
    y = Math.max(doc.y, y + 14) + 4;
  }

  y += 16;
  const notes: string[] = [];
  if (c.closingCompany) {
    notes.push(
      'Die Schließung einer Firma ist kein Sonderkündigungsrecht: Der Vertrag endet als ' +
        'ordentliche Kündigung zu einem regulären Termin, frühestens zum nächstmöglichen.',
    );
  }
  if (c.status !== 'revoked') {
    notes.push(
      'Sie können die Kündigung im Kundencenter unter „Produkte & Dienste“ widerrufen, solange ' +
        'sie noch nicht wirksam geworden ist.',
    );
  }
  notes.push('Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.');
  doc.font('Helvetica').fontSize(9).fillColor(GREY);
  for (const note of notes) {
    doc.text(note, LEFT, y, { width: WIDTH });
    y = doc.y + 6;
  }

  doc
    .fontSize(8)
    .text(
      `${PROVIDER.name} · ${PROVIDER.street} · ${PROVIDER.postalCode} ${PROVIDER.city} · ` +
        `${PROVIDER.email} · ${PROVIDER.web}`,
      LEFT,
      770,
      { width: WIDTH, align: 'center' },
    );
}

/** Renders the receipt; the same cancellation gives the same bytes. */
export function renderReceiptPdf(document: ReceiptDocument): Promise<Buffer> {
  const sent = new Date(document.cancellation.createdAt);
  const title = `Kündigungsbestätigung ${document.contract.contractNumber}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    compress: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: title,
      Author: PROVIDER.name,
      Subject: `${title} für Kundennummer ${document.customerNumber}`,
      Creator: 'Kundencenter',
      Producer: 'Kundencenter',
      CreationDate: sent,
      ModDate: sent,
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
