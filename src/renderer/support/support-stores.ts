/**
 * What "Support" shows from main: the ticket list (cache-first, followed through sync and the
 * live stream), the list's filters, the contracts a ticket can be about, and the replies
 * still queued in the outbox. The screen connects them while it is shown.
 */
import { create } from 'zustand';
import type { DomainSummary } from '../../shared/domains/types';
import type { ContractSummary } from '../../shared/products/types';
import type { OutboxEntry } from '../../shared/support/ipc';
import type { Ticket, TicketDepartment, TicketStatus } from '../../shared/support/types';
import { createCachedStore } from '../billing/cached-store';
import { AppError, call, subscribe } from '../ipc';

/** 'data:changed' resources: the synced tickets, and the outbox of queued replies */
export const TICKETS_RESOURCE = 'tickets';
export const OUTBOX_RESOURCE = 'outbox';

export const ticketsStore = createCachedStore<Ticket[]>(
  () => call('tickets:list'),
  [TICKETS_RESOURCE],
);

/** Contracts (and their domains) a new ticket can name; empty when the user may not see them. */
export const contractsForTicketsStore = createCachedStore<ContractSummary[]>(
  () => call('contracts:list'),
  ['contracts'],
);

/** The domains a new ticket can name: the same list as the Domains screen. */
export const domainsForTicketsStore = createCachedStore<DomainSummary[]>(
  () => call('domains:list'),
  ['domains'],
);

interface OutboxState {
  entries: OutboxEntry[];
  error: AppError | null;
  load: () => Promise<void>;
}

export const useOutboxStore = create<OutboxState>()((set) => ({
  entries: [],
  error: null,
  load: async () => {
    try {
      set({ entries: await call('outbox:list'), error: null });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
}));

export type StatusFilter = TicketStatus | 'all';
export type DepartmentFilter = TicketDepartment | 'all';

interface TicketFilter {
  status: StatusFilter;
  department: DepartmentFilter;
  setStatus: (status: StatusFilter) => void;
  setDepartment: (department: DepartmentFilter) => void;
  clear: () => void;
}

const NO_FILTER = { status: 'all', department: 'all' } as const;

/** The list's filters: kept while the person opens a ticket and comes back. */
export const useTicketFilterStore = create<TicketFilter>()((set) => ({
  ...NO_FILTER,
  setStatus: (status) => set({ status }),
  setDepartment: (department) => set({ department }),
  clear: () => set(NO_FILTER),
}));

/** The tickets the filter lets through, in the list's order. */
export function filterTickets(
  tickets: readonly Ticket[],
  filter: { status: StatusFilter; department: DepartmentFilter },
): Ticket[] {
  return tickets.filter(
    (ticket) =>
      (filter.status === 'all' || ticket.status === filter.status) &&
      (filter.department === 'all' || ticket.department === filter.department),
  );
}

/** Load the list and the outbox and follow sync; the cleanup forgets them. */
export function connectSupport(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (resource === TICKETS_RESOURCE) void ticketsStore.load();
    if (resource === OUTBOX_RESOURCE) void useOutboxStore.getState().load();
    for (const store of [contractsForTicketsStore, domainsForTicketsStore]) {
      if (store.resources.includes(resource)) void store.load();
    }
  });
  void ticketsStore.load();
  void useOutboxStore.getState().load();
  return () => {
    off();
    ticketsStore.reset();
    contractsForTicketsStore.reset();
    domainsForTicketsStore.reset();
  };
}

/** Back to nothing loaded and no filter (in tests). */
export function resetSupportStores(): void {
  ticketsStore.reset();
  contractsForTicketsStore.reset();
  useOutboxStore.setState({ entries: [], error: null });
  useTicketFilterStore.setState(NO_FILTER);
}
