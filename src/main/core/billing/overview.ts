/** The "Abrechnung" overview, computed from what the cache holds. */
import type {
  BillingOverview,
  InvoiceSummary,
  PaymentMethods,
  SepaMandates,
} from '../../../shared/billing';
import { statusAsOf } from './invoice-status';

/**
 * Open and overdue sums, the next due date still ahead and the oldest one passed (kept apart:
 * "next due" showing a passed date reads as if nothing were late). An open invoice whose due date has passed
 * counts as overdue even before the server says so (see statusAsOf). `today` is YYYY-MM-DD.
 */
export function computeOverview(
  invoices: readonly InvoiceSummary[],
  paymentMethods: PaymentMethods | null,
  mandates: SepaMandates | null,
  today: string,
): BillingOverview {
  let openCents = 0;
  let overdueCents = 0;
  let nextDueDate: string | null = null;
  let overdueSinceDate: string | null = null;
  for (const cached of invoices) {
    const invoice = statusAsOf(cached, today);
    if (invoice.status !== 'open' && invoice.status !== 'overdue') continue;
    if (invoice.openCents <= 0) continue;
    openCents += invoice.openCents;
    if (invoice.status === 'overdue') {
      overdueCents += invoice.openCents;
      if (overdueSinceDate === null || invoice.dueDate < overdueSinceDate) {
        overdueSinceDate = invoice.dueDate;
      }
    } else if (nextDueDate === null || invoice.dueDate < nextDueDate) {
      nextDueDate = invoice.dueDate;
    }
  }
  return {
    openCents,
    overdueCents,
    nextDueDate,
    overdueSinceDate,
    paymentMethod: paymentMethods?.current ?? null,
    mandate: mandates?.mandates.find((mandate) => mandate.status === 'active') ?? null,
  };
}

/** The local calendar day of a moment, as YYYY-MM-DD (due dates are calendar days). */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
