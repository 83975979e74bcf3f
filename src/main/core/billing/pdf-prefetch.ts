/**
 * Keeps the recent invoices offline, each with its detail (lines, taxes) and its PDF. After a sync pass that changed the invoice list (and
 * after the first one, a lost connection or a new year setting), it plans which PDFs are
 * missing or stale and fetches them one at a time with a pause between, so whatever the
 * person does meanwhile is never queued behind a batch of downloads. It stops when the server
 * goes away (the next good pass resumes it) and for good on sign-out.
 */
import type { InvoiceSummary } from '../../../shared/billing';
import { ApiError } from '../api/api-error';
import type { Logger } from '../app-core-types';
import type { Clock } from '../ports';
import { planPdfPrefetch } from './pdf-plan';
import type { PdfStore } from './pdf-store';

export interface PdfPrefetcherOptions {
  store: PdfStore;
  clock: Clock;
  readInvoices: () => Promise<readonly InvoiceSummary[] | null>;
  /** makes sure the invoice's detail is cached too (an invoice opens offline with its lines) */
  ensureDetail: (id: string) => Promise<unknown>;
  /** settings.invoicePdfYears, read at each plan */
  years: () => number;
  /** after a round that stored at least one PDF */
  onStored: () => void;
  /** pause between two downloads */
  gapMs?: number;
  log?: Logger;
}

export class PdfPrefetcher {
  private running: Promise<void> | null = null;
  /** a plan is due: nothing planned yet, the list changed, or a round was cut short */
  private due = true;
  /** plan again as soon as the running round notices */
  private replanned = false;
  private stopped = false;

  constructor(private readonly options: PdfPrefetcherOptions) {}

  /** After a sync pass; `changed` names the resources whose data changed. */
  afterPass(changed: ReadonlySet<string>, invoices: string): void {
    if (changed.has(invoices)) this.due = true;
    if (this.due) this.kick();
  }

  /** The window of years changed: plan again now. */
  replan(): void {
    this.due = true;
    this.kick();
  }

  stop(): void {
    this.stopped = true;
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.replanned = true;
      return;
    }
    this.running = this.loop()
      .catch((error: unknown) =>
        this.options.log?.warn('pdf prefetch: stopped', { error: String(error) }),
      )
      .finally(() => {
        this.running = null;
      });
  }

  private async loop(): Promise<void> {
    do {
      this.replanned = false;
      this.due = false;
      if (!(await this.round())) this.due = true;
    } while (this.replanned && !this.stopped);
  }

  /** One plan and its downloads; false when cut short by the network or a stop. */
  private async round(): Promise<boolean> {
    const invoices = await this.options.readInvoices();
    if (!invoices) return true;
    const entries = await this.options.store.entries();
    const year = new Date(this.options.clock.now()).getFullYear();
    const ids = planPdfPrefetch(invoices, entries, this.options.years(), year);
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    let stored = 0;
    try {
      for (const id of ids) {
        if (this.stopped) return false;
        if (this.replanned) break;
        await this.pause();
        try {
          await this.options.ensureDetail(id);
          const result = await this.options.store.download(id, byId.get(id) ?? null, false);
          if (result.stored) stored++;
        } catch (error) {
          if (error instanceof ApiError && error.offline) return false;
          if (error instanceof ApiError && error.status === 404) {
            await this.options.store.forget(id);
            continue;
          }
          throw error;
        }
      }
      return true;
    } finally {
      if (!this.stopped) {
        await this.options.store.flush();
        if (stored > 0) this.options.onStored();
      }
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) =>
      this.options.clock.setTimeout(resolve, this.options.gapMs ?? 20),
    );
  }
}
