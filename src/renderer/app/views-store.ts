/**
 * How the person left the window (views:state): each list's sort and whether this sign-in
 * account hid the keychain notice. Loaded when the frame opens; changes go to main at once.
 */
import { create } from 'zustand';
import type { ListSort, ListSorts, SortableList } from '../../shared/views/types';
import { call } from '../ipc';

interface ViewsStore {
  sorts: ListSorts;
  vaultNoticeDismissed: boolean;
  /** views:state answered (or failed): until then a dismissed notice is not shown either */
  loaded: boolean;
  load: () => Promise<void>;
  setSort: (list: SortableList, sort: ListSort) => void;
  dismissVaultNotice: () => void;
  reset: () => void;
}

export const useViewsStore = create<ViewsStore>()((set, get) => ({
  sorts: {},
  vaultNoticeDismissed: false,
  loaded: false,
  load: async () => {
    try {
      const state = await call('views:state');
      set({ sorts: state.sorts, vaultNoticeDismissed: state.vaultNoticeDismissed, loaded: true });
    } catch {
      // the lists keep their default order and the notice shows; nothing else depends on it
      set({ loaded: true });
    }
  },
  setSort: (list, sort) => {
    set({ sorts: { ...get().sorts, [list]: sort } });
    // the list is sorted now either way; only the next start would not remember it
    call('views:setSort', { list, sort }).catch(() => {});
  },
  dismissVaultNotice: () => {
    set({ vaultNoticeDismissed: true });
    call('views:dismissVaultNotice').catch(() => {});
  },
  reset: () => set({ sorts: {}, vaultNoticeDismissed: false, loaded: false }),
}));

/** Load the view state for the signed-in account; the cleanup forgets it (sign-out). */
export function connectViews(): () => void {
  void useViewsStore.getState().load();
  return () => useViewsStore.getState().reset();
}
