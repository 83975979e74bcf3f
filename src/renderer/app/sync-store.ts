/** Online/offline and the last sync time: from sync:status, kept current by 'sync:changed'. */
import { create } from 'zustand';
import type { SyncStatus } from '../../shared/domain';
import { AppError, call, subscribe } from '../ipc';

interface SyncStore {
  status: SyncStatus | null;
  error: AppError | null;
  setStatus: (status: SyncStatus) => void;
  load: () => Promise<void>;
  syncNow: () => Promise<void>;
}

export const useSyncStore = create<SyncStore>()((set, get) => ({
  status: null,
  error: null,
  setStatus: (status) => set({ status, error: null }),
  load: async () => {
    try {
      const status = await call('sync:status');
      if (get().status === null) set({ status, error: null });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
  syncNow: async () => {
    try {
      set({ status: await call('sync:now'), error: null });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
}));

/** Load the sync status and follow main's changes; returns the unsubscribe function. */
export function connectSync(): () => void {
  let off: () => void;
  try {
    off = subscribe('sync:changed', (status) => useSyncStore.getState().setStatus(status));
  } catch (thrown) {
    useSyncStore.setState({ error: AppError.from(thrown) });
    return () => {};
  }
  void useSyncStore.getState().load();
  return off;
}
