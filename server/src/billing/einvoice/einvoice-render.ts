/**
 * E-invoices with @e-invoice-eu/core: XRechnung (CII or UBL syntax) as XML, ZUGFeRD as a
 * PDF/A-3 of the invoice's PDF with the CII XML embedded as `factur-x.xml` (profile EN 16931).
 *
 * The library's `InvoiceService.generate` compiles its JSON schema with ajv on every call
 * (~0.5 s); this does the same steps (the format's schema patch, ajv with the same options,
 * the library's ValidationService, its defaults, its generator) with each format's validator
 * compiled once, so an invoice costs 20–60 ms. A version bump of the library that changes
 * `generate` shows in the tests that validate every format's output.
 */
import {
  FormatFactoryService,
  invoiceSchema,
  ValidationService,
  type Invoice as EInvoiceInput,
  type InvoiceServiceOptions,
} from '@e-invoice-eu/core';
import Ajv2019 from 'ajv/dist/2019.js';
import { einvoiceExtension, type EInvoiceFormat } from '../../../../src/shared/einvoice';

/** The library's format names for ours. */
const LIBRARY_FORMAT: Record<EInvoiceFormat, string> = {
  'xrechnung-cii': 'XRechnung-CII',
  'xrechnung-ubl': 'XRechnung-UBL',
  zugferd: 'Factur-X-EN16931',
};

export const EINVOICE_MIME: Record<EInvoiceFormat, string> = {
  'xrechnung-cii': 'application/xml',
  'xrechnung-ubl': 'application/xml',
  zugferd: 'application/pdf',
};

/** `Rechnung-RE-2026-000123.xrechnung-cii.xml`, `….zugferd.pdf` */
export function einvoiceFileName(number: string, format: EInvoiceFormat): string {
  return `Rechnung-${number}.${format}.${einvoiceExtension(format)}`;
}

// the library logs through this; its errors come back as exceptions anyway
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

interface Prepared {
  format: string;
  generator: ReturnType<FormatFactoryService['createFormatService']>;
  validate: ReturnType<Ajv2019['compile']>;
}

const factory = new FormatFactoryService();
const validation = new ValidationService(quiet);
const prepared = new Map<EInvoiceFormat, Prepared>();

function prepare(format: EInvoiceFormat): Prepared {
  let p = prepared.get(format);
  if (!p) {
    const name = LIBRARY_FORMAT[format];
    const generator = factory.createFormatService(name, quiet);
    const schema = structuredClone(invoiceSchema);
    generator.patchSchema(schema);
    const ajv = new Ajv2019({ strict: true, allErrors: true, useDefaults: true });
    p = { format: factory.normalizeFormat(name), generator, validate: ajv.compile(schema) };
    prepared.set(format, p);
  }
  return p;
}

/**
 * Generates one e-invoice; `pdf` (the invoice's PDF) is needed for ZUGFeRD only. Throws the
 * library's ValidationError when the data break its EN 16931 rules.
 */
export async function renderEinvoice(
  input: EInvoiceInput,
  format: EInvoiceFormat,
  extra: { pdf?: { bytes: Uint8Array; fileName: string }; creditorReference?: string | null } = {},
): Promise<Buffer> {
  const { pdf } = extra;
  const p = prepare(format);
  // validation fills defaults into the data: work on a copy
  const data = validation.validate(
    'invoice data',
    p.validate,
    structuredClone(input),
  ) as EInvoiceInput;
  p.generator.fillInvoiceDefaults(data);
  const options: InvoiceServiceOptions = { format: p.format, lang: 'de' };
  if (format === 'zugferd') {
    if (!pdf) throw new Error('ZUGFeRD needs the invoice PDF');
    options.pdf = { buffer: pdf.bytes, filename: pdf.fileName, mimetype: 'application/pdf' };
  }
  const out = await p.generator.generate(data, options);
  if (typeof out !== 'string') return Buffer.from(out);
  const xml =
    format === 'xrechnung-cii' && extra.creditorReference
      ? withCreditorReference(out, extra.creditorReference)
      : out;
  return Buffer.from(xml, 'utf8');
}

/**
 * BT-90 into CII's settlement, where XRechnung requires it for a direct debit (BR-DE-30): its
 * first child by the schema's sequence. (ZUGFeRD's EN 16931 profile does not require it, and
 * the library embeds its XML itself; the PDF names the creditor identifier.)
 */
export function withCreditorReference(xml: string, creditorId: string): string {
  const open = '<ram:ApplicableHeaderTradeSettlement>';
  const at = xml.indexOf(open);
  if (at < 0 || xml.includes('<ram:CreditorReferenceID>')) return xml;
  const escaped = creditorId.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const end = at + open.length;
  return `${xml.slice(0, end)}<ram:CreditorReferenceID>${escaped}</ram:CreditorReferenceID>${xml.slice(end)}`;
}
