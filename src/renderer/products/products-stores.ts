/**
 * What "Produkte & Dienste" shows from main: the contract list (cache-first, followed through
 * sync), one contract, and the credentials lock. The screen connects them while it is shown.
 */
import { create } from 'zustand';
import type {
  Cancellation,
  Contract,
  ContractSummary,
  CredentialLock,
} from '../../shared/products/types';
import { createCachedStore } from '../billing/cached-store';
import { useCachedItem, type CachedItem } from '../billing/use-cached-item';
import { AppError, call, subscribe } from '../ipc';

/** sync resources of this area: "contracts", and per-contract ones named "contracts…" */
export const isContractsResource = (resource: string): boolean => resource.startsWith('contract');

export const contractsStore = createCachedStore<ContractSummary[]>(
  () => call('contracts:list'),
  ['contracts'],
);

interface LockState {
  lock: CredentialLock | null;
  error: AppError | null;
  pending: boolean;
  load: () => Promise<void>;
  /** unlock with the password (online step-up or offline verifier) or, without, by the OS */
  unlock: (password?: string) => Promise<boolean>;
  relock: () => Promise<void>;
  clearError: () => void;
}

export const useLockStore = create<LockState>()((set) => ({
  lock: null,
  error: null,
  pending: false,
  load: async () => {
    try {
      set({ lock: await call('credentials:lock') });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
  unlock: async (password) => {
    set({ pending: true, error: null });
    try {
      const lock = await call('credentials:unlock', password === undefined ? {} : { password });
      set({ lock, pending: false });
      return isUnlocked(lock);
    } catch (thrown) {
      set({ pending: false, error: AppError.from(thrown) });
      return false;
    }
  },
  relock: async () => {
    try {
      set({ lock: await call('credentials:relock'), error: null });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
  clearError: () => set({ error: null }),
}));

/** Whether revealing is allowed at `now`. */
export function isUnlocked(lock: CredentialLock | null, now: number = Date.now()): boolean {
  return lock?.unlockedUntil != null && Date.parse(lock.unlockedUntil) > now;
}

/** Load everything the screen shows and follow sync and the lock; the cleanup forgets it. */
export function connectProducts(): () => void {
  const offData = subscribe('data:changed', ({ resource }) => {
    if (isContractsResource(resource)) void contractsStore.load();
  });
  const offLock = subscribe('lock:changed', (lock) => useLockStore.setState({ lock }));
  void contractsStore.load();
  void useLockStore.getState().load();
  return () => {
    offData();
    offLock();
    resetProductsStores();
  };
}

/** Back to nothing loaded (on leaving the screen, and in tests). */
export function resetProductsStores(): void {
  contractsStore.reset();
  useLockStore.setState({ lock: null, error: null, pending: false });
}

const loadContract = (id: string) => call('contracts:get', { id });

/** One contract, cache-first from main, reloaded when sync changed contracts. */
export function useContract(id: string): CachedItem<Contract> {
  return useCachedItem(id, loadContract, isContractsResource);
}

/**
 * The cancellation just sent, per contract, so its receipt shows at once (before sync has
 * brought the contract with it).
 */
export const useSentCancellations = create<Record<string, Cancellation>>()(() => ({}));
