import type { Invoice } from '../../shared/billing';
import { call } from '../ipc';
import { useCachedItem, type CachedItem } from './use-cached-item';

const loadInvoice = (id: string) => call('invoices:get', { id });
const followsInvoices = (resource: string): boolean => resource === 'invoices';

/** One invoice, cache-first from main, reloaded when sync changed invoices. */
export function useInvoice(id: string): CachedItem<Invoice> {
  return useCachedItem(id, loadInvoice, followsInvoices);
}
