/**
 * `GET /v1/invoices/{id}/einvoice?format=`: the invoice as XRechnung (CII or UBL XML) or as
 * ZUGFeRD (PDF/A-3 with the CII XML embedded), generated from the same invoice document as
 * the PDF. Rendered e-invoices are kept by ETag like the PDFs (least recently used out).
 */
import { etagOf } from '../../account/account';
import { getAuth } from '../../auth/bearer';
import { notModified } from '../../conditional';
import type { AppContext } from '../../context';
import type { Db } from '../../db';
import type { Handler } from '../../openapi';
import { ApiError } from '../../problem';
import { loadBillingEmails } from '../billing-emails';
import { berlinDate } from '../dates';
import { loadInvoiceDocument, type InvoiceDocument } from '../invoices';
import { invoicePdfEtag, PdfCache } from '../pdf-cache';
import { DEFAULT_EINVOICE_FORMAT, type EInvoiceFormat } from '../../../../src/shared/einvoice';
import { creditorReferenceOf, einvoiceInput, type EInvoiceExtras } from './einvoice-data';
import { EINVOICE_MIME, einvoiceFileName, renderEinvoice } from './einvoice-render';

/** Raise when the mapping changes, so cached e-invoices (ETags) are renewed. */
export const EINVOICE_LAYOUT = 1;

function extrasOf(db: Db, customerId: number, doc: InvoiceDocument): EInvoiceExtras {
  const reference = doc.snapshot.payment.mandateReference;
  const mandate =
    doc.snapshot.payment.method === 'sepa_direct_debit' && reference
      ? (db
          .prepare('SELECT iban FROM sepa_mandates WHERE customer_id = ? AND reference = ?')
          .get(customerId, reference) as { iban: string } | undefined)
      : undefined;
  return {
    buyerEmail: loadBillingEmails(db, customerId).email,
    debitedIban: mandate?.iban ?? null,
  };
}

/** Rendered documents by ETag; a rendering that fails is not kept. */
class RenderCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  constructor(private readonly maxEntries = 256) {}

  get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const rendering = render();
    this.entries.set(key, rendering);
    rendering.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return rendering;
  }
}

/** The document and its ETag (from what it shows, like the PDF's: no rendering needed). */
export async function renderInvoiceEinvoice(
  doc: InvoiceDocument,
  extras: EInvoiceExtras,
  format: EInvoiceFormat,
  pdfs: PdfCache,
): Promise<Buffer> {
  const input = einvoiceInput(doc, extras);
  const pdf =
    format === 'zugferd'
      ? {
          bytes: await pdfs.get(invoicePdfEtag(doc), doc),
          fileName: `Rechnung-${doc.invoice.number}.pdf`,
        }
      : undefined;
  return renderEinvoice(input, format, { pdf, creditorReference: creditorReferenceOf(doc) });
}

export function einvoiceHandlers(ctx: AppContext) {
  const pdfs = new PdfCache(64);
  const rendered = new RenderCache();

  const getInvoiceEinvoice: Handler<'getInvoiceEinvoice'> = async (request, reply) => {
    const { customerId } = getAuth(request);
    const format = request.query.format ?? DEFAULT_EINVOICE_FORMAT;
    const doc = loadInvoiceDocument(ctx.db, customerId, request.params.id, berlinDate(ctx.now()));
    if (!doc) throw new ApiError(404, 'not_found');
    const extras = extrasOf(ctx.db, customerId, doc);
    const { status: _status, openCents: _open, ...printed } = doc.invoice;
    const etag = etagOf({
      layout: EINVOICE_LAYOUT,
      format,
      pdf: format === 'zugferd' ? invoicePdfEtag(doc) : null,
      printed,
      snapshot: doc.snapshot,
      extras,
    });
    if (notModified(request, reply, etag)) return reply;
    const bytes = await rendered.get(etag, () => renderInvoiceEinvoice(doc, extras, format, pdfs));
    return reply
      .type(EINVOICE_MIME[format])
      .header(
        'Content-Disposition',
        `attachment; filename="${einvoiceFileName(doc.invoice.number, format)}"`,
      )
      .send(bytes);
  };

  return { getInvoiceEinvoice };
}
