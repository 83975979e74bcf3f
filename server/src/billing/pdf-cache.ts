/**
 * Rendered invoice PDFs by ETag, least recently used out. The ETag is computed from what the
 * PDF shows (not from the bytes), so a conditional request is answered without rendering, and a
 * hit costs no rendering either. Small PDFs, so a few hundred fit in a few megabytes.
 */
import { etagOf } from '../account/account';
import { INVOICE_PDF_LAYOUT, renderInvoicePdf } from './invoice-pdf';
import type { InvoiceDocument } from './invoices';

/** The ETag of the PDF: layout version plus everything printed (not status or open amount). */
export function invoicePdfEtag({ invoice, snapshot }: InvoiceDocument): string {
  const { status: _status, openCents: _open, ...printed } = invoice;
  return etagOf({ layout: INVOICE_PDF_LAYOUT, printed, snapshot });
}

export class PdfCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  constructor(private readonly maxEntries = 256) {}

  get(etag: string, document: InvoiceDocument): Promise<Buffer> {
    const hit = this.entries.get(etag);
    if (hit) {
      // re-insert: Map keeps insertion order, the first key is the least recently used
      this.entries.delete(etag);
      this.entries.set(etag, hit);
      return hit;
    }
    const rendering = renderInvoicePdf(document);
    this.entries.set(etag, rendering);
    rendering.catch(() => this.entries.delete(etag));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return rendering;
  }

  get size(): number {
    return this.entries.size;
  }
}
