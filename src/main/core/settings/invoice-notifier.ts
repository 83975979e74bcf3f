/**
 * Tells the person when a new invoice arrived through sync (setting notifyNewInvoices). The
 * invoice ids already seen are remembered in the encrypted cache, so nothing is told twice,
 * also across restarts; the first look after sign-in only takes note (history is not news).
 */
import type { InvoiceSummary } from '../../../shared/billing';
import type { Language } from '../../../shared/domain';
import { mainText } from '../../../shared/locales/main-texts';
import type { Notification } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';

export const INVOICES_SEEN = 'invoices-notified';
/** more new invoices at once than this become one notice (a first sync of a long history) */
const SINGLE_NOTICES = 3;

export interface InvoiceNotifierOptions {
  cache: EncryptedCache;
  /** the cached invoice list, or null when none is cached */
  list(): Promise<InvoiceSummary[] | null>;
  enabled(): boolean;
  language(): Language;
  show(notification: Notification): void;
}

/** Looks at the cached invoice list after a pass that changed it; one look at a time. */
export function createInvoiceNotifier(options: InvoiceNotifierOptions): { check(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const look = async (): Promise<void> => {
    const invoices = await options.list();
    if (!invoices) return;
    const seen = await options.cache.getJson<string[]>(INVOICES_SEEN);
    await options.cache.putJson(
      INVOICES_SEEN,
      invoices.map((invoice) => invoice.id),
    );
    if (!seen || !options.enabled()) return;
    const known = new Set(seen);
    const fresh = invoices.filter((invoice) => !known.has(invoice.id));
    for (const notification of notices(fresh, options.language())) options.show(notification);
  };
  return {
    check() {
      running = running.then(look).catch(() => undefined);
      return running;
    },
  };
}

/** One notice per new invoice (number, amount, due date), or one for many at once. */
export function notices(fresh: InvoiceSummary[], language: Language): Notification[] {
  if (fresh.length === 0) return [];
  if (fresh.length > SINGLE_NOTICES) {
    return [
      {
        title: mainText(language, 'invoiceNotice.many', { count: fresh.length }),
        body: fresh.map((i) => i.number).join(', '),
      },
    ];
  }
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }); // a due date is a calendar day
  return fresh.map((invoice) => ({
    title: mainText(language, 'invoiceNotice.one', { number: invoice.number }),
    body: mainText(language, 'invoiceNotice.body', {
      amount: money.format(invoice.grossCents / 100),
      date: date.format(new Date(invoice.dueDate)),
    }),
    target: { kind: 'invoice', id: invoice.id },
  }));
}
