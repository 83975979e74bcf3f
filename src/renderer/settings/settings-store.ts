/** The settings the screen shows, the damaged-file notice, and saving one change at a time. */
import { create } from 'zustand';
import type { Settings } from '../../shared/domain';
import { AppError, call } from '../ipc';
import { applyTheme } from './theme';

export type SettingsPatch = Partial<Omit<Settings, 'language'>>;

interface SettingsStore {
  settings: Settings | null;
  /** the settings file was damaged at start and defaults took its place */
  repaired: boolean;
  loadError: AppError | null;
  /** the setting last saved: "gespeichert" in its section, or why it was not */
  outcome: { key: keyof Settings; error?: AppError } | null;
  load(): Promise<void>;
  save(patch: SettingsPatch): Promise<boolean>;
  dismissNotice(): Promise<void>;
}

export const useSettingsStore = create<SettingsStore>()((set, get) => ({
  settings: null,
  repaired: false,
  loadError: null,
  outcome: null,
  load: async () => {
    try {
      const [settings, notice] = await Promise.all([call('settings:get'), call('settings:notice')]);
      set({ settings, repaired: notice.repaired, loadError: null });
    } catch (thrown) {
      set({ loadError: AppError.from(thrown) });
    }
  },
  save: async (patch) => {
    const before = get().settings;
    if (!before) return false;
    // shown at once; taken back when main refuses
    const key = Object.keys(patch)[0] as keyof Settings;
    set({ settings: { ...before, ...patch }, outcome: null });
    if (patch.theme) applyTheme(patch.theme);
    try {
      const settings = await call('settings:set', patch);
      set({ settings, outcome: { key } });
      return true;
    } catch (thrown) {
      set({ settings: before, outcome: { key, error: AppError.from(thrown) } });
      applyTheme(before.theme);
      return false;
    }
  },
  dismissNotice: async () => {
    set({ repaired: false });
    try {
      await call('settings:dismissNotice');
    } catch {
      // shown again after a restart at worst
    }
  },
}));
