/** Billing ("Abrechnung") shapes shared by server, core and renderer. Money in euro cents. */

export type InvoiceStatus = 'paid' | 'open' | 'overdue' | 'cancelled';

export interface InvoiceLine {
  description: string;
  contractId: string | null;
  /** ISO dates (YYYY-MM-DD), the service period of this line */
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unitNetCents: number;
  netCents: number;
  /** percent, e.g. 19 */
  vatRate: number;
  vatCents: number;
  grossCents: number;
}

export interface InvoiceSummary {
  id: string;
  /** e.g. "RE-2026-004711" */
  number: string;
  issueDate: string;
  dueDate: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** what is still to pay (0 when paid or cancelled) */
  openCents: number;
  status: InvoiceStatus;
}

export interface Invoice extends InvoiceSummary {
  customerNumber: string;
  servicePeriodStart: string;
  servicePeriodEnd: string;
  lines: InvoiceLine[];
  /** per VAT rate: net, tax, gross (§14 UStG) */
  taxes: { vatRate: number; netCents: number; vatCents: number; grossCents: number }[];
}

export type BookingKind = 'invoice' | 'payment' | 'credit' | 'return_debit' | 'return_debit_fee';

export interface Booking {
  id: string;
  date: string;
  kind: BookingKind;
  /** invoice number or payment reference */
  reference: string;
  /** positive = the customer owes more, negative = paid or credited */
  amountCents: number;
  /** running balance after this booking (positive = open amount) */
  balanceCents: number;
  invoiceId: string | null;
}

export interface BillingStatement {
  balanceCents: number;
  bookings: Booking[];
  /** names this version's bookings: `?after=` asks only for those added since */
  ledger?: string;
  /** in an answer to `?after=`: `bookings` follow the first `appendedAfter` the client has */
  appendedAfter?: number;
}

export type PaymentMethodKind = 'sepa_direct_debit' | 'bank_transfer' | 'paypal' | 'credit_card';

export interface PaymentMethods {
  available: PaymentMethodKind[];
  current: PaymentMethodKind;
}

export interface SepaMandate {
  id: string;
  /** mandate reference, e.g. "CMO-K100234-0001" */
  reference: string;
  /** the provider's creditor identifier, DEppZZZ0nnnnnnnnnn */
  creditorId: string;
  accountHolder: string;
  /** e.g. "DE89 •••• •••• •••• ••30 00" — the full IBAN never leaves the server again */
  ibanMasked: string;
  bic: string | null;
  signedAt: string;
  status: 'active' | 'revoked';
  revokedAt: string | null;
}

export interface SepaMandates {
  creditorId: string;
  /** the reference the next mandate will get (shown in the form's mandate text) */
  nextReference: string;
  mandates: SepaMandate[];
}

/** The "Abrechnung" overview, computed by the core from the cached billing data. */
export interface BillingOverview {
  openCents: number;
  overdueCents: number;
  /** earliest due date among open invoices not yet overdue (never a date already passed) */
  nextDueDate: string | null;
  /** earliest due date among overdue invoices: overdue since then */
  overdueSinceDate: string | null;
  paymentMethod: PaymentMethodKind | null;
  mandate: SepaMandate | null;
}

export interface BillingEmails {
  email: string;
  /** account users; those with receivesInvoices get invoice mails too */
  users: { id: string; name: string; email: string; receivesInvoices: boolean }[];
}
