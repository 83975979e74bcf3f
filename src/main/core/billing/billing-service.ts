/**
 * "Abrechnung" for the IPC handlers: reads answer from the cache (invoice details and PDFs
 * fall back to the server when not cached yet), writes go to the server only and refresh
 * what they touched at once. Lives as long as one signed-in session.
 */
import type {
  BillingEmails,
  BillingStatement,
  BillingOverview,
  Invoice,
  InvoiceSummary,
  PaymentMethodKind,
  PaymentMethods,
  SepaMandate,
  SepaMandates,
} from '../../../shared/billing';
import type { Cached, Settings } from '../../../shared/domain';
import { einvoiceExtension, type EInvoiceFormat } from '../../../shared/einvoice';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Logger } from '../app-core-types';
import type { Clock, SaveDialog } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { SyncEngine } from '../sync/sync-engine';
import {
  BILLING_EMAILS,
  INVOICES,
  PAYMENT_METHODS,
  SEPA_MANDATES,
  STATEMENT,
} from './billing-resources';
import { listAsOf, statusAsOf } from './invoice-status';
import { computeOverview, localDay } from './overview';
import { PdfPrefetcher } from './pdf-prefetch';
import { PdfStore } from './pdf-store';
import { datevBuchungsstapel, datevFileName } from './datev';
import { datevDocuments, datevSettingsOf } from './datev-documents';
import { einvoiceFileName, einvoiceKind } from './einvoice-kind';
import { archiveFileName, invoicesOfYear, pdfFileName, yearArchiveEntries } from './year-archive';
import { zipStream } from './zip-stream';

export interface BillingServiceOptions {
  api: ApiClient;
  sync: SyncEngine;
  cache: EncryptedCache;
  saveDialog: SaveDialog;
  clock: Clock;
  /** settings.invoicePdfYears */
  pdfYears: () => number;
  /** settings.einvoiceFormat: what is kept offline and goes into the archive */
  einvoiceFormat: () => EInvoiceFormat;
  /** the settings, read at each export (DATEV accounts) */
  settings: () => Settings;
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
  private readonly einvoiceStores = new Map<EInvoiceFormat, PdfStore>();
  private einvoicePrefetch: { format: EInvoiceFormat; prefetcher: PdfPrefetcher } | null = null;
  private stopped = false;

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

  /** After each sync pass: keep the PDFs and e-invoices of the window offline. */
  afterPass(changed: ReadonlySet<string>): void {
    this.prefetcher.afterPass(changed, INVOICES);
    if (!this.stopped) this.einvoicePrefetcher().afterPass(changed, INVOICES);
  }

  /** invoicePdfYears or the e-invoice format changed. */
  replanPdfs(): void {
    this.prefetcher.replan();
    if (!this.stopped) this.einvoicePrefetcher().replan();
  }

  /** Sign-out or shutdown: no further downloads. */
  stop(): void {
    this.stopped = true;
    this.prefetcher.stop();
    this.einvoicePrefetch?.prefetcher.stop();
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
      followsSync: [invoices, methods, mandates].every((doc) => !doc || doc.followsSync),
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

  /** The e-invoice from the cache, else from the server (and cached); null offline. */
  async einvoice(
    id: string,
    format: EInvoiceFormat,
  ): Promise<{ bytes: Buffer; fileName: string } | null> {
    const store = this.einvoiceStore(format);
    const summary = await this.summary(id);
    const fileName = einvoiceFileName(summary?.number ?? id, format);
    const cached = await store.cached(id);
    if (cached) return { bytes: cached.bytes, fileName };
    try {
      return { bytes: (await store.download(id, summary, true)).bytes, fileName };
    } catch (error) {
      if (error instanceof ApiError && error.offline) return null;
      throw error;
    }
  }

  /** "E-Rechnung": saved through the dialog; offline and not cached → the offline error. */
  async saveEinvoice(id: string, format: EInvoiceFormat): Promise<{ saved: boolean }> {
    const document = await this.einvoice(id, format);
    if (!document) throw new ApiError(0, 'offline');
    const extension = einvoiceExtension(format);
    return this.options.saveDialog.save({
      defaultName: document.fileName,
      filters: [
        {
          name: extension === 'pdf' ? 'ZUGFeRD (PDF)' : 'XRechnung (XML)',
          extensions: [extension],
        },
      ],
      data: document.bytes,
    });
  }

  /** After each sync pass and a format change: keep the chosen format's e-invoices offline. */
  private einvoicePrefetcher(): PdfPrefetcher {
    const format = this.options.einvoiceFormat();
    if (this.einvoicePrefetch?.format !== format) {
      this.einvoicePrefetch?.prefetcher.stop();
      const prefetcher = new PdfPrefetcher({
        store: this.einvoiceStore(format),
        clock: this.options.clock,
        readInvoices: async () => (await this.cachedInvoices())?.data ?? null,
        ensureDetail: () => Promise.resolve(),
        years: this.options.pdfYears,
        onStored: this.options.onPdfsStored,
        gapMs: this.options.prefetchGapMs,
        log: this.options.log,
      });
      this.einvoicePrefetch = { format, prefetcher };
    }
    return this.einvoicePrefetch.prefetcher;
  }

  private einvoiceStore(format: EInvoiceFormat): PdfStore {
    let store = this.einvoiceStores.get(format);
    if (!store) {
      store = new PdfStore(this.options.api, this.options.cache, einvoiceKind(format));
      this.einvoiceStores.set(format, store);
    }
    return store;
  }

  /**
   * A year's invoices as a ZIP, streamed to the file: the CSV and the DATEV Buchungsstapel of
   * every invoice, then each PDF and each e-invoice (the chosen format) from the cache, the
   * missing ones fetched while the server answers. `count` is the number of PDFs and
   * `einvoices` that of e-invoices in the ZIP: fewer than the year's invoices means some were
   * left out (offline).
   */
  async exportYear(year: number): Promise<{ saved: boolean; count: number; einvoices: number }> {
    const ofYear = invoicesOfYear((await this.invoices())?.data ?? [], year);
    const format = this.options.einvoiceFormat();
    const einvoices = this.einvoiceStore(format);
    const statement = await this.options.sync.readIfAllowed<BillingStatement>(STATEMENT);
    const counts = { pdfs: 0, einvoices: 0 };
    let reachable = true;
    const fetchOne = async (store: PdfStore, invoice: InvoiceSummary) => {
      const cached = (await store.cached(invoice.id))?.bytes;
      if (cached || !reachable) return cached;
      try {
        return (await store.download(invoice.id, invoice, false)).bytes;
      } catch (error) {
        // one unreachable download is enough: the rest would each wait out their retries
        if (error instanceof ApiError && error.offline) reachable = false;
        else if (!(error instanceof ApiError && error.status === 404)) throw error;
        return undefined;
      }
    };
    const entries = yearArchiveEntries(year, ofYear, {
      pdf: async (invoice) => {
        const bytes = await fetchOne(this.pdfs, invoice);
        if (bytes) counts.pdfs++;
        return bytes;
      },
      einvoice: async (invoice) => {
        const bytes = await fetchOne(einvoices, invoice);
        if (!bytes) return undefined;
        counts.einvoices++;
        return { name: einvoiceFileName(invoice.number, format), data: bytes };
      },
      datev: () =>
        Promise.resolve({
          name: datevFileName(year),
          data: datevBuchungsstapel(
            year,
            datevDocuments(year, ofYear, statement?.data.bookings ?? []),
            datevSettingsOf(this.options.settings()),
            new Date(this.options.clock.now()),
          ),
        }),
    });
    try {
      const { saved } = await this.options.saveDialog.save({
        defaultName: archiveFileName(year),
        filters: ZIP_FILTER,
        data: zipStream(entries),
      });
      return { saved, count: counts.pdfs, einvoices: counts.einvoices };
    } finally {
      await this.pdfs.flush();
      await einvoices.flush();
    }
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
