/**
 * "Abrechnung" for the IPC handlers: reads answer from the cache (invoice details and PDFs
 * fall back to the server when not cached yet), writes go to the server only and refresh
 * what they touched at once. Lives as long as one signed-in session.
 */
import type {
  BillingEmails,
  BillingOverview,
  Invoice,
  InvoiceSummary,
  PaymentMethodKind,
  PaymentMethods,
  SepaMandate,
  SepaMandates,
} from '../../../shared/billing';
import type { Cached } from '../../../shared/domain';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Logger } from '../app-core-types';
import type { Clock, SaveDialog } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { SyncEngine } from '../sync/sync-engine';
import { BILLING_EMAILS, INVOICES, PAYMENT_METHODS, SEPA_MANDATES } from './billing-resources';
import { listAsOf, statusAsOf } from './invoice-status';
import { computeOverview, localDay } from './overview';
import { PdfPrefetcher } from './pdf-prefetch';
import { PdfStore } from './pdf-store';
import { archiveFileName, buildYearArchive, invoicesOfYear, pdfFileName } from './year-archive';

export interface BillingServiceOptions {
  api: ApiClient;
  sync: SyncEngine;
  cache: EncryptedCache;
  saveDialog: SaveDialog;
  clock: Clock;
  /** settings.invoicePdfYears */
  pdfYears: () => number;
  /** tell the renderer that stored PDFs changed ('data:changed' { resource: 'invoice-pdfs' }) */
  onPdfsStored: () => void;
  log?: Logger;
  /** pause between two prefetched PDFs */
  prefetchGapMs?: number;
}

export interface NewMandate {
  accountHolder: string;
  iban: string;
  bic?: string;
  consent: true;
  password: string;
}

export const INVOICE_PDFS = 'invoice-pdfs';
const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];
const ZIP_FILTER = [{ name: 'ZIP', extensions: ['zip'] }];

export class BillingService {
  private readonly pdfs: PdfStore;
  private readonly prefetcher: PdfPrefetcher;

  constructor(private readonly options: BillingServiceOptions) {
    this.pdfs = new PdfStore(options.api, options.cache);
    this.prefetcher = new PdfPrefetcher({
      store: this.pdfs,
      clock: options.clock,
      // as the server last said: a status moved by the calendar alone changes no PDF
      readInvoices: async () => (await this.cachedInvoices())?.data ?? null,
      ensureDetail: (id) => this.options.sync.loadItem<Invoice>(INVOICES, id),
      years: options.pdfYears,
      onStored: options.onPdfsStored,
      gapMs: options.prefetchGapMs,
      log: options.log,
    });
  }

  /** After each sync pass: keep the PDFs of the window offline. */
  afterPass(changed: ReadonlySet<string>): void {
    this.prefetcher.afterPass(changed, INVOICES);
  }

  /** invoicePdfYears changed. */
  replanPdfs(): void {
    this.prefetcher.replan();
  }

  /** Sign-out or shutdown: no further downloads. */
  stop(): void {
    this.prefetcher.stop();
  }

  /** The invoice list, newest first, each status as of today. */
  async invoices(): Promise<Cached<InvoiceSummary[]> | null> {
    const list = await this.cachedInvoices();
    return list && { ...list, data: listAsOf(list.data, this.today()) };
  }

  /** One invoice with its lines: cached, else fetched while online; null otherwise. */
  async invoice(id: string): Promise<Cached<Invoice> | null> {
    const doc = await this.options.sync.loadItem<Invoice>(INVOICES, id);
    return doc && { ...doc, data: statusAsOf(doc.data, this.today()) };
  }

  async overview(): Promise<Cached<BillingOverview> | null> {
    const [invoices, methods, mandates] = await Promise.all([
      this.cachedInvoices(),
      // a user with invoices but without paymentMethods still sees the sums
      this.options.sync.readIfAllowed<PaymentMethods>(PAYMENT_METHODS),
      this.options.sync.readIfAllowed<SepaMandates>(SEPA_MANDATES),
    ]);
    if (!invoices) return null;
    const times = [invoices, methods, mandates].flatMap((doc) => (doc ? [doc.syncedAt] : []));
    return {
      data: computeOverview(
        invoices.data,
        methods?.data ?? null,
        mandates?.data ?? null,
        this.today(),
      ),
      // the overview is as old as its oldest source
      syncedAt: times.sort()[0]!,
    };
  }

  /** The PDF from the cache, else from the server (and cached); null offline. */
  async pdf(id: string): Promise<{ bytes: Buffer; fileName: string } | null> {
    const cached = await this.pdfs.cached(id);
    if (cached) {
      const number = cached.number ?? (await this.summary(id))?.number;
      return { bytes: cached.bytes, fileName: pdfFileName(number ?? id) };
    }
    const summary = await this.summary(id);
    try {
      const { bytes } = await this.pdfs.download(id, summary, true);
      return { bytes, fileName: pdfFileName(summary?.number ?? id) };
    } catch (error) {
      if (error instanceof ApiError && error.offline) return null;
      throw error;
    }
  }

  /** "Speichern unter" for one PDF; offline and not cached → the offline error. */
  async savePdf(id: string): Promise<{ saved: boolean }> {
    const pdf = await this.pdf(id);
    if (!pdf) throw new ApiError(0, 'offline');
    return this.options.saveDialog.save({
      defaultName: pdf.fileName,
      filters: PDF_FILTER,
      data: pdf.bytes,
    });
  }

  /**
   * A year's invoices as a ZIP: every PDF that is cached, the missing ones fetched while the
   * server answers; the CSV lists every invoice either way. `count` is the number of PDFs in
   * the ZIP, so fewer than the year's invoices means some were left out (offline).
   */
  async exportYear(year: number): Promise<{ saved: boolean; count: number }> {
    const ofYear = invoicesOfYear((await this.invoices())?.data ?? [], year);
    const pdfs = new Map<string, Uint8Array>();
    let reachable = true;
    for (const invoice of ofYear) {
      let bytes = (await this.pdfs.cached(invoice.id))?.bytes;
      if (!bytes && reachable) {
        try {
          bytes = (await this.pdfs.download(invoice.id, invoice, false)).bytes;
        } catch (error) {
          // one unreachable download is enough: the rest would each wait out their retries
          if (error instanceof ApiError && error.offline) reachable = false;
          else if (!(error instanceof ApiError && error.status === 404)) throw error;
        }
      }
      if (bytes) pdfs.set(invoice.id, bytes);
    }
    await this.pdfs.flush();
    const { saved } = await this.options.saveDialog.save({
      defaultName: archiveFileName(year),
      filters: ZIP_FILTER,
      data: buildYearArchive(year, ofYear, pdfs),
    });
    return { saved, count: pdfs.size };
  }

  async setDefaultPaymentMethod(kind: PaymentMethodKind): Promise<PaymentMethods> {
    const { data } = await this.options.api.request<PaymentMethods>({
      method: 'PUT',
      path: '/v1/payment-methods/default',
      body: { kind },
    });
    await this.refresh([PAYMENT_METHODS]);
    return data;
  }

  /** Step-up first (the password confirms the mandate), then the mandate itself. */
  async createMandate(input: NewMandate): Promise<SepaMandate> {
    await this.options.api.request({
      method: 'POST',
      path: '/v1/auth/reauth',
      body: { password: input.password },
    });
    const bic = input.bic?.trim();
    const { data } = await this.options.api.request<SepaMandate>({
      method: 'POST',
      path: '/v1/sepa-mandates',
      body: {
        accountHolder: input.accountHolder,
        iban: input.iban,
        ...(bic ? { bic } : {}),
        consent: input.consent,
      },
    });
    // a new mandate makes SEPA the payment method
    await this.refresh([SEPA_MANDATES, PAYMENT_METHODS]);
    return data;
  }

  async revokeMandate(id: string): Promise<void> {
    await this.options.api.request({
      method: 'DELETE',
      path: `/v1/sepa-mandates/${encodeURIComponent(id)}`,
    });
    // revoking the mandate in use moves the payment method to bank transfer
    await this.refresh([SEPA_MANDATES, PAYMENT_METHODS]);
  }

  /** Sent with the ETag it was edited from, so a change made elsewhere is not overwritten. */
  async setBillingEmails(input: { email: string; userIds: string[] }): Promise<BillingEmails> {
    try {
      const { data } = await this.options.api.request<BillingEmails>({
        method: 'PUT',
        path: '/v1/account/billing-emails',
        body: input,
        ifMatch: await this.options.sync.etag(BILLING_EMAILS),
      });
      await this.refresh([BILLING_EMAILS]);
      return data;
    } catch (error) {
      // changed elsewhere meanwhile: show the person the current state with the error
      if (error instanceof ApiError && error.status === 412) await this.refresh([BILLING_EMAILS]);
      throw error;
    }
  }

  private cachedInvoices(): Promise<Cached<InvoiceSummary[]> | null> {
    return this.options.sync.read<InvoiceSummary[]>(INVOICES);
  }

  private today(): string {
    return localDay(this.options.clock.now());
  }

  /** The list entry as the server last sent it (PDF fingerprints are taken from it). */
  private async summary(id: string): Promise<InvoiceSummary | null> {
    return (await this.cachedInvoices())?.data.find((invoice) => invoice.id === id) ?? null;
  }

  /** The write went through; a failed refresh only means the next sync pass brings it. */
  private async refresh(names: string[]): Promise<void> {
    try {
      await this.options.sync.refresh(names);
    } catch (error) {
      this.options.log?.warn('billing: refresh after a write failed', { error: String(error) });
    }
  }
}
