/**
 * The app lock as the renderer sees it: main decides (screen locked, idle, Ctrl+L) and says
 * so with 'appLock:changed'; the window then shows only the unlock screen.
 */
import { create } from 'zustand';
import type { AppLockState } from '../../shared/desktop/types';
import { AppError, call, subscribe } from '../ipc';

interface AppLockStore {
  state: AppLockState | null;
  pending: boolean;
  error: AppError | null;
  /** reads the state once and follows main's changes; returns the unsubscribe */
  connect: () => () => void;
  lock: () => Promise<void>;
  /** the password, or nothing for the OS's confirmation; true when the app is open again */
  unlock: (password?: string) => Promise<boolean>;
  clearError: () => void;
}

export const useAppLockStore = create<AppLockStore>()((set, get) => ({
  state: null,
  pending: false,
  error: null,
  connect: () => {
    const off = subscribe('appLock:changed', (state) => set({ state }));
    call('appLock:get').then(
      (state) => set({ state }),
      // signed out meanwhile: nothing to lock
      () => undefined,
    );
    return off;
  },
  lock: async () => {
    try {
      set({ state: await call('appLock:lock'), error: null });
    } catch (error) {
      set({ error: AppError.from(error) });
    }
  },
  unlock: async (password) => {
    if (get().pending) return false;
    set({ pending: true, error: null });
    try {
      const state = await call('appLock:unlock', { password });
      set({ state, pending: false });
      return !state.locked;
    } catch (error) {
      set({ pending: false, error: AppError.from(error) });
      return false;
    }
  },
  clearError: () => set({ error: null }),
}));
