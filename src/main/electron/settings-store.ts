/**
 * The SettingsStore port on electron-store, validated by the core's settings schema. A broken
 * or unreadable file never stops the app: bad values fall back to their defaults (and the
 * repaired settings are written back), an unusable file leaves the settings in memory.
 */
import type { IpcMain } from 'electron';
import type { Settings } from '../../shared/domain';
import type { Logger } from '../core/app-core-types';
import type { SettingsStore } from '../core/ports';
import { parseSettings, settingsDefaults, settingsSchema } from '../core/settings/settings-schema';

/** The part of electron-store (and conf) we use: the whole document, read and written. */
export interface SettingsBacking {
  store: Record<string, unknown>;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wraps a backing document; `open` may throw, then settings live in memory for this run.
 * `unreadable` says the file was there but no JSON (the backing then starts from nothing).
 */
export function createSettingsStore(
  open: () => SettingsBacking,
  log?: Logger,
  unreadable: () => boolean = () => false,
  defaults: Settings = settingsDefaults,
): SettingsStore {
  let backing: SettingsBacking | null = null;
  let current: Settings = { ...defaults };
  let repaired = false;
  try {
    backing = open();
    const parsed = parseSettings(backing.store, defaults);
    current = parsed.settings;
    repaired = parsed.repaired || unreadable();
    if (parsed.repaired) {
      log?.warn('settings: invalid values replaced by defaults');
      backing.store = { ...current };
    }
  } catch (error) {
    repaired = true;
    log?.warn('settings: file unusable, using defaults for this run', { reason: reason(error) });
  }

  return {
    get: () => ({ ...current }),
    set(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      try {
        if (backing) backing.store = { ...current };
      } catch (error) {
        log?.warn('settings: could not be saved', { reason: reason(error) });
      }
      return { ...current };
    },
    repaired: () => repaired,
  };
}

/** The app's settings file (settings.json in userData). */
export async function openElectronSettingsStore(
  ipcMain: IpcMain,
  log?: Logger,
  defaults: Settings = settingsDefaults,
): Promise<SettingsStore> {
  let ElectronStore: typeof import('electron-store').default;
  try {
    // electron-store is ESM-only and main is bundled as CommonJS: load it dynamically.
    ({ default: ElectronStore } = await import('electron-store'));
  } catch (error) {
    return createSettingsStore(
      () => {
        throw error;
      },
      log,
      undefined,
      defaults,
    );
  }
  let unreadable = false;
  return createSettingsStore(
    () => {
      const open = (clearInvalidConfig: boolean) =>
        new ElectronStore<Record<string, unknown>>({ name: 'settings', clearInvalidConfig });
      let store: InstanceType<typeof ElectronStore<Record<string, unknown>>>;
      try {
        store = open(false);
      } catch (error) {
        // no JSON at all: start it over (clearInvalidConfig), and say so on the settings screen
        if (!(error instanceof SyntaxError)) throw error;
        unreadable = true;
        store = open(true);
      }
      // electron-store answers a synchronous IPC message for renderer-side stores we do not
      // use; the only IPC into main is our own transport, so take it away again.
      ipcMain.removeAllListeners('electron-store-get-data');
      return store;
    },
    log,
    () => unreadable,
    defaults,
  );
}

/**
 * The defaults of this build: an installed app talks to the provider (a setting never made
 * must not point a customer at a sandbox on their own machine); a development run, started
 * beside the sandbox, to the sandbox.
 */
export function buildDefaults(isPackaged: boolean): Settings {
  return { ...settingsDefaults, apiProfile: isPackaged ? 'cmo' : 'sandbox' };
}
