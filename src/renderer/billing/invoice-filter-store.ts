/** The invoice list's filters: kept while the person opens an invoice and comes back. */
import { create } from 'zustand';
import type { InvoiceSummary } from '../../shared/billing';
import {
  buildInvoiceIndex,
  NO_FILTER,
  type InvoiceFilter,
  type InvoiceIndex,
  type StatusFilter,
  type YearFilter,
} from './invoice-search';

interface InvoiceFilterStore extends InvoiceFilter {
  setQuery: (query: string) => void;
  setStatus: (status: StatusFilter) => void;
  setYear: (year: YearFilter) => void;
  clear: () => void;
}

export const useInvoiceFilterStore = create<InvoiceFilterStore>()((set) => ({
  ...NO_FILTER,
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  setYear: (year) => set({ year }),
  clear: () => set(NO_FILTER),
}));

export function resetInvoiceFilter(): void {
  useInvoiceFilterStore.setState(NO_FILTER);
}

// one index per list main sent, however many views ask for it
const indexes = new WeakMap<readonly InvoiceSummary[], InvoiceIndex>();

/** The search index of a list, built on first use. */
export function indexOf(list: readonly InvoiceSummary[]): InvoiceIndex {
  let index = indexes.get(list);
  if (!index) {
    index = buildInvoiceIndex(list);
    indexes.set(list, index);
  }
  return index;
}
