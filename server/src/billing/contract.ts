/**
 * Compile-time proof that the spec (via the generated api-types) and the shared billing types
 * describe the same shapes: `tsc` fails here when one of them drifts. Nothing runs.
 */
import type { components } from '../../../src/shared/api-types';
import type * as Billing from '../../../src/shared/billing';

type S = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type BillingContract = [
  Assert<Same<S['InvoiceLine'], Billing.InvoiceLine>>,
  Assert<Same<S['InvoiceSummary'], Billing.InvoiceSummary>>,
  Assert<Same<S['Invoice'], Billing.Invoice>>,
  Assert<Same<S['InvoicePage'], { items: Billing.InvoiceSummary[]; nextCursor: string | null }>>,
  Assert<Same<S['Booking'], Billing.Booking>>,
  Assert<Same<S['BillingStatement'], Billing.BillingStatement>>,
  Assert<Same<S['PaymentMethods'], Billing.PaymentMethods>>,
  Assert<Same<S['SepaMandate'], Billing.SepaMandate>>,
  Assert<Same<S['SepaMandates'], Billing.SepaMandates>>,
  Assert<Same<S['BillingEmails'], Billing.BillingEmails>>,
];
