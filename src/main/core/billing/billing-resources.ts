/** What "Abrechnung" keeps offline, as the sync engine's resources. */
import type { Invoice, InvoiceSummary } from '../../../shared/billing';
import { defineCollection, type SyncResource } from '../sync/sync-resources';
import { einvoiceKeys } from './einvoice-kind';
import { pdfKey } from './pdf-store';

export const INVOICES = 'invoices';
export const STATEMENT = 'statement';
export const PAYMENT_METHODS = 'payment-methods';
export const SEPA_MANDATES = 'sepa-mandates';
export const BILLING_EMAILS = 'billing-emails';
/** not a synced resource: announced whenever one of the overview's sources changed */
export const BILLING_OVERVIEW = 'billing-overview';
export const OVERVIEW_SOURCES: ReadonlySet<string> = new Set([
  INVOICES,
  PAYMENT_METHODS,
  SEPA_MANDATES,
]);

/** The cache name of an invoice's detail. */
export const invoiceKey = (id: string) => `invoice:${id}`;

/** The list entry of an invoice: exactly the summary fields, nothing of the detail. */
export function summarizeInvoice(invoice: Invoice): InvoiceSummary {
  return {
    id: invoice.id,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    netCents: invoice.netCents,
    vatCents: invoice.vatCents,
    grossCents: invoice.grossCents,
    openCents: invoice.openCents,
    status: invoice.status,
  };
}

/** Newest first, as the server sorts: issue date, then number, both descending. */
export function compareInvoices(a: InvoiceSummary, b: InvoiceSummary): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? 1 : -1;
  if (a.number !== b.number) return a.number < b.number ? 1 : -1;
  return 0;
}

export const BILLING_RESOURCES: SyncResource[] = [
  defineCollection<Invoice, InvoiceSummary>({
    kind: 'collection',
    name: INVOICES,
    path: '/v1/invoices',
    pageSize: 500,
    itemPath: (id) => `/v1/invoices/${encodeURIComponent(id)}`,
    itemKey: invoiceKey,
    idOf: (summary) => summary.id,
    summarize: summarizeInvoice,
    compare: compareInvoices,
    // a user whose invoices right is taken away keeps no PDF or e-invoice either
    itemExtras: (id) => [pdfKey(id), ...einvoiceKeys(id)],
  }),
  // megabytes for a large account, and a payment only adds a booking at its end
  {
    kind: 'document',
    name: STATEMENT,
    path: '/v1/billing/statement',
    appendOnly: { items: 'bookings' },
  },
  { kind: 'document', name: PAYMENT_METHODS, path: '/v1/payment-methods' },
  { kind: 'document', name: SEPA_MANDATES, path: '/v1/sepa-mandates' },
  { kind: 'document', name: BILLING_EMAILS, path: '/v1/account/billing-emails' },
];
