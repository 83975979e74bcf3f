/**
 * The billing documents main keeps offline, one small store each. The billing screen connects
 * them while it is shown; sync's 'data:changed' reloads the ones a resource feeds.
 */
import type {
  BillingEmails,
  BillingOverview,
  BillingStatement,
  InvoiceSummary,
  PaymentMethods,
  SepaMandates,
} from '../../shared/billing';
import { call, subscribe } from '../ipc';
import { createCachedStore, type CachedStore } from './cached-store';

export const overviewStore = createCachedStore<BillingOverview>(
  () => call('billing:overview'),
  ['invoices', 'statement', 'payment-methods', 'sepa-mandates'],
);
export const invoicesStore = createCachedStore<InvoiceSummary[]>(
  () => call('invoices:list'),
  ['invoices'],
);
export const statementStore = createCachedStore<BillingStatement>(
  () => call('billing:statement'),
  ['statement'],
);
export const paymentMethodsStore = createCachedStore<PaymentMethods>(
  () => call('payment:methods'),
  ['payment-methods', 'sepa-mandates'],
);
export const mandatesStore = createCachedStore<SepaMandates>(
  () => call('sepa:mandates'),
  ['sepa-mandates'],
);
export const billingEmailsStore = createCachedStore<BillingEmails>(
  () => call('billing:emails'),
  ['billing-emails'],
);

const STORES: readonly CachedStore<unknown>[] = [
  overviewStore,
  invoicesStore,
  statementStore,
  paymentMethodsStore,
  mandatesStore,
  billingEmailsStore,
] as CachedStore<unknown>[];

/** Load every billing document and follow sync; the cleanup forgets them all. */
export function connectBilling(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    for (const store of STORES) if (store.resources.includes(resource)) void store.load();
  });
  for (const store of STORES) void store.load();
  return () => {
    off();
    resetBillingStores();
  };
}

/** Back to nothing loaded (on leaving the screen, and in tests). */
export function resetBillingStores(): void {
  for (const store of STORES) store.reset();
}
