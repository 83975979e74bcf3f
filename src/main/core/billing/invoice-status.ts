/**
 * An invoice's status as of today. The server turns "open" into "overdue" when the due date
 * passes, without a change-log entry (nothing was written), so the cache would keep saying
 * "open" until something else touched the invoice; the same rule applied on reading keeps
 * the list and the overview right, offline too.
 */
import type { InvoiceSummary } from '../../../shared/billing';

export function statusAsOf<T extends InvoiceSummary>(invoice: T, today: string): T {
  return invoice.status === 'open' && invoice.dueDate < today
    ? { ...invoice, status: 'overdue' }
    : invoice;
}

/** The list as of today; the very same array when no status moved. */
export function listAsOf<T extends InvoiceSummary>(invoices: T[], today: string): T[] {
  let changed = false;
  const next = invoices.map((invoice) => {
    const current = statusAsOf(invoice, today);
    if (current !== invoice) changed = true;
    return current;
  });
  return changed ? next : invoices;
}
