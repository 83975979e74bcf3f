/**
 * Invoice PDFs (and, with another DocumentKind, e-invoices) in the encrypted cache: each a blob
 * `pdf:<id>`, and one index document with
 * each PDF's ETag and the invoice fingerprint it was fetched for. The index is kept in memory
 * and written in batches: a prefetch of thousands of PDFs must not rewrite it thousands of
 * times. Losing the last batch costs a download again, never a wrong PDF.
 */
import type { ApiClient } from '../api/api-client';
import type { EncryptedCache } from '../store/encrypted-cache';
import { createSerial } from '../sync/serial';
import type { InvoiceSummary } from '../../../shared/billing';
import { invoiceFingerprint, type PdfIndexEntry } from './pdf-plan';

const FLUSH_EVERY = 16;

export const pdfKey = (id: string) => `pdf:${id}`;

/** What a store keeps: the index's cache name, each blob's cache name and the API path. */
export interface DocumentKind {
  index: string;
  key: (id: string) => string;
  path: (id: string) => string;
}

export const PDF_KIND: DocumentKind = {
  index: 'pdf-index',
  key: pdfKey,
  path: (id) => `/v1/invoices/${encodeURIComponent(id)}/pdf`,
};

export class PdfStore {
  private index: Map<string, PdfIndexEntry> | null = null;
  private unsaved = 0;
  private readonly serial = createSerial();

  constructor(
    private readonly api: ApiClient,
    private readonly cache: EncryptedCache,
    private readonly kind: DocumentKind = PDF_KIND,
  ) {}

  /** What is stored, by invoice id (loaded once). */
  async entries(): Promise<ReadonlyMap<string, PdfIndexEntry>> {
    return this.load();
  }

  /** The stored PDF and its invoice number (when known), or undefined. */
  async cached(id: string): Promise<{ bytes: Buffer; number: string | null } | undefined> {
    const bytes = await this.cache.getBlob(this.kind.key(id));
    const index = await this.load();
    if (!bytes) {
      // the blob was dropped (failed its check): forget it so a prefetch fetches it again
      if (index.delete(id)) this.unsaved++;
      return undefined;
    }
    return { bytes, number: index.get(id)?.number ?? null };
  }

  /**
   * Fetches a PDF (revalidating a stored one with its ETag) and stores it for the invoice's
   * present fingerprint (null: not known, so the next prefetch plan asks again).
   * `flush` writes the index at once (a single fetch); a prefetch flushes in batches.
   */
  async download(
    id: string,
    invoice: InvoiceSummary | null,
    flush: boolean,
  ): Promise<{ bytes: Buffer; stored: boolean }> {
    const index = await this.load();
    const entry = index.get(id);
    const have = entry?.etag ? await this.cache.getBlob(this.kind.key(id)) : undefined;
    const response = await this.api.request<ArrayBuffer>({
      path: this.kind.path(id),
      responseType: 'arraybuffer',
      ifNoneMatch: have ? entry?.etag : undefined,
      timeoutMs: 60_000,
    });
    let bytes: Buffer;
    let stored = false;
    if (response.notModified && have) {
      bytes = have;
    } else {
      bytes = Buffer.from(response.data);
      await this.cache.putBlob(this.kind.key(id), bytes);
      stored = true;
    }
    index.set(id, {
      etag: response.etag ?? entry?.etag,
      fingerprint: invoice ? invoiceFingerprint(invoice) : null,
      number: invoice?.number ?? entry?.number ?? null,
      size: bytes.length,
    });
    this.unsaved++;
    if (flush || this.unsaved >= FLUSH_EVERY) await this.flush();
    return { bytes, stored };
  }

  /** Forgets a PDF the server no longer has. */
  async forget(id: string): Promise<void> {
    const index = await this.load();
    await this.cache.delete(this.kind.key(id));
    if (index.delete(id)) this.unsaved++;
  }

  /** Writes the index if anything changed since the last write. */
  flush(): Promise<void> {
    return this.serial(async () => {
      if (!this.index || this.unsaved === 0) return;
      this.unsaved = 0;
      await this.cache.putJson(this.kind.index, Object.fromEntries(this.index));
    });
  }

  private async load(): Promise<Map<string, PdfIndexEntry>> {
    if (!this.index) {
      const stored = await this.cache.getJson<Record<string, PdfIndexEntry>>(this.kind.index);
      // two callers may have loaded at once: the first one's map wins
      this.index ??= new Map(Object.entries(stored ?? {}));
    }
    return this.index;
  }
}
