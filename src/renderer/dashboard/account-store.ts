/** The customer's account for the dashboard: cache-first from main, refreshed on 'data:changed'. */
import { create } from 'zustand';
import type { Account, Cached } from '../../shared/domain';
import { AppError, call, subscribe } from '../ipc';

interface AccountStore {
  account: Cached<Account> | null;
  /** main has answered at least once (its answer may still be null: nothing cached yet) */
  loaded: boolean;
  error: AppError | null;
  load: () => Promise<void>;
}

const initial = { account: null, loaded: false, error: null } satisfies Partial<AccountStore>;

export const useAccountStore = create<AccountStore>()((set) => ({
  ...initial,
  load: async () => {
    try {
      set({ account: await call('account:get'), loaded: true, error: null });
    } catch (thrown) {
      set({ loaded: true, error: AppError.from(thrown) });
    }
  },
}));

/** Load the account and reload it whenever sync changed it; the cleanup forgets it. */
export function connectAccount(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (resource === 'account') void useAccountStore.getState().load();
  });
  void useAccountStore.getState().load();
  return () => {
    off();
    useAccountStore.setState(initial);
  };
}
