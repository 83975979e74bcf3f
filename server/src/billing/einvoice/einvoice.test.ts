/**
 * Every e-invoice format of every kind of invoice: valid by the XML schema, by the EN 16931
 * Schematron rules and (XRechnung) by the XRechnung rules, offline (see
 * server/test/einvoice-validator.ts), and read back to the same amounts and parties as the
 * invoice. The ZUGFeRD file is a PDF/A-3 whose embedded factur-x.xml says the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { EINVOICE_FORMATS, type EInvoiceFormat } from '../../../../src/shared/einvoice';
import { parseEinvoice, type ParsedEinvoice } from '../../../test/einvoice-parse';
import { ruleReport, schemaErrors, type Syntax } from '../../../test/einvoice-validator';
import type { InvoiceDocument } from '../invoices';
import { PdfCache } from '../pdf-cache';
import { PROVIDER } from '../provider';
import { isReverseCharge, type EInvoiceExtras } from './einvoice-data';
import { FIXTURES } from './einvoice-fixtures';
import { renderInvoiceEinvoice } from './handlers';

const pdfs = new PdfCache();
const extrasOf = (doc: InvoiceDocument): EInvoiceExtras => ({
  buyerEmail: 'rechnung@muster-webdesign.example',
  debitedIban:
    doc.snapshot.payment.method === 'sepa_direct_debit' ? 'DE02120300000000202051' : null,
});

/** The XML of a format (ZUGFeRD: the attachment pdfdetach finds in the PDF). */
async function xmlOf(doc: InvoiceDocument, format: EInvoiceFormat): Promise<string> {
  const bytes = await renderInvoiceEinvoice(doc, extrasOf(doc), format, pdfs);
  if (format !== 'zugferd') return bytes.toString('utf8');
  return embeddedXml(bytes).xml;
}

function embeddedXml(pdf: Buffer): { xml: string; list: string; meta: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zugferd-'));
  const file = join(dir, 'invoice.pdf');
  writeFileSync(file, pdf);
  const list = execFileSync('pdfdetach', ['-list', file]).toString();
  execFileSync('pdfdetach', ['-saveall', '-o', dir, file]);
  const meta = execFileSync('pdfinfo', ['-meta', file]).toString();
  return { xml: readFileSync(join(dir, 'factur-x.xml'), 'utf8'), list, meta };
}

const syntaxOf = (format: EInvoiceFormat): Syntax => (format === 'xrechnung-ubl' ? 'ubl' : 'cii');

/** Warnings SaxonJS raises wrongly: its xs:integer of a 24-digit IBAN loses precision. */
function realWarnings(warnings: string[], parsed: ParsedEinvoice): string[] {
  return warnings.filter(
    (w) => !(/^\[BR-DE-(19|20)\]/.test(w) && parsed.iban && isValidIBAN(parsed.iban)),
  );
}

function expectSameInvoice(parsed: ParsedEinvoice, doc: InvoiceDocument): void {
  const { invoice, snapshot } = doc;
  const r = snapshot.recipient;
  const reverseCharge = isReverseCharge(doc);
  expect(parsed.number).toBe(invoice.number);
  expect(parsed.issueDate).toBe(invoice.issueDate);
  expect(parsed.sellerName).toBe(PROVIDER.name);
  expect(parsed.sellerVatId).toBe(PROVIDER.vatId);
  expect(parsed.sellerTaxNumber).toBe(PROVIDER.taxNumber);
  expect(parsed.buyerName).toBe(r.company ?? r.name);
  expect(parsed.buyerId).toBe(snapshot.customerNumber);
  expect(parsed.buyerVatId).toBe(r.vatId);
  expect(parsed.lines).toEqual(
    invoice.lines.map((l) => ({
      name: l.description,
      quantity: l.quantity,
      priceCents: l.unitNetCents,
      netCents: l.netCents,
      contract: l.contractId,
      category: reverseCharge ? 'AE' : 'S',
      rate: l.vatRate,
    })),
  );
  expect(parsed.taxes).toEqual(
    invoice.taxes.map((t) => ({
      category: reverseCharge ? 'AE' : 'S',
      rate: t.vatRate,
      baseCents: t.netCents,
      taxCents: t.vatCents,
    })),
  );
  // sum of lines = net; tax per rate as rounded per line; gross = net + tax
  const lineSum = parsed.lines.reduce((s, l) => s + l.netCents, 0);
  expect(parsed.lineTotalCents).toBe(lineSum);
  expect(parsed.netCents).toBe(lineSum);
  expect(parsed.netCents).toBe(invoice.netCents);
  expect(parsed.taxCents).toBe(invoice.lines.reduce((s, l) => s + l.vatCents, 0));
  expect(parsed.grossCents).toBe(parsed.netCents + parsed.taxCents);
  expect(parsed.grossCents).toBe(invoice.grossCents);
  expect(parsed.payableCents).toBe(invoice.grossCents);
  if (snapshot.payment.method === 'sepa_direct_debit') {
    expect(parsed.paymentCode).toBe('59');
    expect(parsed.mandate).toBe(snapshot.payment.mandateReference);
    expect(parsed.iban).toBe(extrasOf(doc).debitedIban);
  }
  if (snapshot.payment.method === 'bank_transfer') {
    expect(parsed.paymentCode).toBe('58');
    expect(parsed.iban).toBe(PROVIDER.bank.iban.replace(/\s+/g, ''));
  }
}

describe('e-invoices', () => {
  it('rounds VAT per line, as the invoice does, in the fixture that tests it', () => {
    const { invoice } = FIXTURES.COMPANY_DE;
    const perRate = Math.round((invoice.netCents * 19) / 100);
    expect(invoice.vatCents).not.toBe(perRate);
  });

  for (const [name, doc] of Object.entries(FIXTURES)) {
    for (const format of EINVOICE_FORMATS) {
      it(`${name} as ${format}: schema, EN 16931${format === 'zugferd' ? '' : ', XRechnung'} rules, same figures`, async () => {
        const xml = await xmlOf(doc, format);
        const syntax = syntaxOf(format);
        expect(await schemaErrors(xml, syntax)).toEqual([]);
        const parsed = parseEinvoice(xml, syntax);
        const en = await ruleReport(xml, syntax, 'en16931');
        expect(en.errors).toEqual([]);
        expect(realWarnings(en.warnings, parsed)).toEqual([]);
        if (format !== 'zugferd') {
          const xr = await ruleReport(xml, syntax, 'xrechnung');
          expect(xr.errors).toEqual([]);
          expect(realWarnings(xr.warnings, parsed)).toEqual([]);
        }
        expectSameInvoice(parsed, doc);
      });
    }
  }

  it('the reverse-charge invoice says why it has no VAT, and the direct debit names the creditor', async () => {
    const rc = await xmlOf(FIXTURES.BUSINESS_AT_REVERSE_CHARGE, 'xrechnung-cii');
    expect(rc).toContain('<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>');
    for (const format of ['xrechnung-cii', 'xrechnung-ubl'] as const) {
      const parsed = parseEinvoice(await xmlOf(FIXTURES.PERSON_SEPA, format), syntaxOf(format));
      expect(parsed.creditorId).toBe(PROVIDER.creditorId);
    }
  });

  it('the validation catches a wrong total', async () => {
    const xml = await xmlOf(FIXTURES.COMPANY_DE, 'xrechnung-cii');
    const broken = xml.replace(/<ram:GrandTotalAmount>[^<]*</, '<ram:GrandTotalAmount>1.00<');
    const report = await ruleReport(broken, 'cii', 'en16931');
    expect(report.errors.some((e) => e.startsWith('[BR-CO-15]'))).toBe(true);
    const missing = xml.replace(/<ram:BuyerReference>[^<]*<\/ram:BuyerReference>/, '');
    expect((await ruleReport(missing, 'cii', 'xrechnung')).errors.join()).toContain('BR-DE-15');
    expect(
      await schemaErrors(xml.replace('<ram:TypeCode>380', '<ram:Typo>380'), 'cii'),
    ).not.toEqual([]);
  });

  it('ZUGFeRD is a PDF/A-3 with factur-x.xml, the same invoice as the XRechnung CII', async () => {
    const doc = FIXTURES.COMPANY_DE;
    const pdf = await renderInvoiceEinvoice(doc, extrasOf(doc), 'zugferd', pdfs);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { xml, list, meta } = embeddedXml(pdf);
    expect(list).toMatch(/factur-x\.xml/);
    expect(meta).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(meta).toMatch(/ConformanceLevel>EN 16931</);
    const xrechnung = await xmlOf(doc, 'xrechnung-cii');
    expect(parseEinvoice(xml, 'cii')).toEqual(parseEinvoice(xrechnung, 'cii'));
  });
});
