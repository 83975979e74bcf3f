/** Billing data as main would hand it out, for component tests. */
import type {
  BillingEmails,
  BillingOverview,
  BillingStatement,
  Invoice,
  InvoiceStatus,
  InvoiceSummary,
  PaymentMethods,
  SepaMandate,
  SepaMandates,
} from '../../shared/billing';
import type { Cached } from '../../shared/domain';
import type { ChannelName } from '../../shared/ipc-names';
import { ok, type Handler } from './fake-kc';

export const SYNCED_AT = '2026-11-25T13:03:00Z';

export function cached<T>(data: T): Cached<T> {
  return { data, syncedAt: SYNCED_AT };
}

export function summary(
  n: number,
  issueDate: string,
  grossCents: number,
  status: InvoiceStatus = 'paid',
): InvoiceSummary {
  const netCents = Math.round(grossCents / 1.19);
  return {
    id: `inv-${n}`,
    number: `RE-${issueDate.slice(0, 4)}-${String(n).padStart(6, '0')}`,
    issueDate,
    dueDate: issueDate.replace(/-\d\d$/, '-15'),
    netCents,
    vatCents: grossCents - netCents,
    grossCents,
    openCents: status === 'open' || status === 'overdue' ? grossCents : 0,
    status,
  };
}

export const INVOICES: InvoiceSummary[] = [
  summary(123, '2026-11-01', 11900, 'open'),
  summary(122, '2026-10-01', 11900, 'overdue'),
  summary(121, '2026-09-01', 123456),
  summary(120, '2026-08-01', 2380, 'cancelled'),
  summary(45, '2025-12-01', 11900),
  summary(44, '2025-11-01', 5950),
];

export const INVOICE: Invoice = {
  ...INVOICES[0]!,
  customerNumber: 'K-100234',
  servicePeriodStart: '2026-11-01',
  servicePeriodEnd: '2026-11-30',
  lines: [
    {
      description: 'Webhosting Business',
      contractId: 'c-1',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      quantity: 1,
      unitNetCents: 8000,
      netCents: 8000,
      vatRate: 19,
      vatCents: 1520,
      grossCents: 9520,
    },
    {
      description: 'Domain example.de',
      contractId: 'c-2',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      quantity: 2,
      unitNetCents: 1000,
      netCents: 2000,
      vatRate: 19,
      vatCents: 380,
      grossCents: 2380,
    },
  ],
  taxes: [{ vatRate: 19, netCents: 10000, vatCents: 1900, grossCents: 11900 }],
  netCents: 10000,
  vatCents: 1900,
  grossCents: 11900,
};

export const MANDATE: SepaMandate = {
  id: 'm-1',
  reference: 'CMO-K100234-0001',
  creditorId: 'DE98ZZZ09999999999',
  accountHolder: 'Erika Mustermann',
  ibanMasked: 'DE89 •••• •••• •••• ••30 00',
  bic: null,
  signedAt: '2026-11-20T09:00:00Z',
  status: 'active',
  revokedAt: null,
};

export const NO_MANDATES: SepaMandates = {
  creditorId: 'DE98ZZZ09999999999',
  nextReference: 'CMO-K100234-0001',
  mandates: [],
};

export const OVERVIEW: BillingOverview = {
  openCents: 23800,
  overdueCents: 11900,
  nextDueDate: '2026-10-15',
  overdueSinceDate: '2026-09-15',
  paymentMethod: 'bank_transfer',
  mandate: null,
};

export const METHODS: PaymentMethods = {
  available: ['sepa_direct_debit', 'bank_transfer', 'paypal', 'credit_card'],
  current: 'bank_transfer',
};

export const STATEMENT: BillingStatement = {
  balanceCents: 11900,
  bookings: [
    {
      id: 'b-1',
      date: '2026-10-01',
      kind: 'invoice',
      reference: 'RE-2026-000122',
      amountCents: 11900,
      balanceCents: 11900,
      invoiceId: 'inv-122',
    },
    {
      id: 'b-2',
      date: '2026-10-05',
      kind: 'payment',
      reference: 'Lastschrift 2026-10-05',
      amountCents: -11900,
      balanceCents: 0,
      invoiceId: null,
    },
    {
      id: 'b-3',
      date: '2026-10-09',
      kind: 'return_debit',
      reference: 'Rücklastschrift 2026-10-05',
      amountCents: 11900,
      balanceCents: 11900,
      invoiceId: null,
    },
    {
      id: 'b-4',
      date: '2026-10-09',
      kind: 'return_debit_fee',
      reference: 'Gebühr Rücklastschrift',
      amountCents: 300,
      balanceCents: 12200,
      invoiceId: null,
    },
    {
      id: 'b-5',
      date: '2026-10-20',
      kind: 'credit',
      reference: 'Gutschrift GS-2026-0001',
      amountCents: -300,
      balanceCents: 11900,
      invoiceId: null,
    },
  ],
};

export const EMAILS: BillingEmails = {
  email: 'rechnung@mustermann.example',
  users: [
    { id: 'u-1', name: 'Max Mustermann', email: 'max@mustermann.example', receivesInvoices: true },
    {
      id: 'u-2',
      name: 'Lisa Buchhaltung',
      email: 'lisa@mustermann.example',
      receivesInvoices: false,
    },
  ],
};

/** Answers for every billing channel, as main gives them for a signed-in, online customer. */
export function billingHandlers(): Partial<Record<ChannelName, Handler>> {
  return {
    'billing:overview': () => ok(cached(OVERVIEW)),
    'invoices:list': () => ok(cached(INVOICES)),
    'invoices:get': () => ok(cached(INVOICE)),
    'invoices:pdf': () => ok({ base64: 'JVBERi0=', fileName: 'Rechnung-RE-2026-000123.pdf' }),
    'invoices:savePdf': () => ok({ saved: true }),
    'invoices:exportYear': () => ok({ saved: true, count: 4, einvoices: 4 }),
    'billing:statement': () => ok(cached(STATEMENT)),
    'payment:methods': () => ok(cached(METHODS)),
    'sepa:mandates': () => ok(cached(NO_MANDATES)),
    'billing:emails': () => ok(cached(EMAILS)),
  };
}
