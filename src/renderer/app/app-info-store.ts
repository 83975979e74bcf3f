/** What main tells about itself: version, host, vault kind, sandbox. Read once at start. */
import { create } from 'zustand';
import type { AppInfo } from '../../shared/domain';
import { call } from '../ipc';

interface AppInfoStore {
  info: AppInfo | null;
  load: () => Promise<void>;
}

export const useAppInfoStore = create<AppInfoStore>()((set) => ({
  info: null,
  load: async () => {
    try {
      set({ info: await call('app:info') });
    } catch {
      // without it the app only lacks the sandbox note and the vault warning
    }
  },
}));
