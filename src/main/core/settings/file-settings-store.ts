/**
 * Settings in a JSON file, for the web host (the app uses electron-store with the same
 * schema). Writes are atomic; a broken file falls back to defaults value by value, says so
 * (`repaired`, shown on the settings screen) and is written back whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain';
import type { SettingsStore } from '../ports';
import { removeOrphanTempsSync, writeFileAtomicSync } from '../store/atomic-write';
import { parseSettings, settingsSchema } from './settings-schema';

export function openFileSettingsStore(dir: string, onRepaired?: () => void): SettingsStore {
  const file = join(dir, 'settings.json');
  // a kill while saving leaves settings.json.<hex>.tmp beside it
  removeOrphanTempsSync(dir);
  const save = (settings: Settings) => writeFileAtomicSync(file, JSON.stringify(settings, null, 2));
  let current: Settings;
  let repaired = false;
  try {
    ({ settings: current, repaired } = parseSettings(JSON.parse(readFileSync(file, 'utf8'))));
  } catch (error) {
    current = parseSettings({}).settings;
    repaired = (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  if (repaired) {
    onRepaired?.();
    try {
      // the next start finds a sound file (and no second notice)
      save(current);
    } catch {
      // read-only folder: the defaults still hold for this run
    }
  }
  return {
    get: () => ({ ...current }),
    set(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      save(current);
      return { ...current };
    },
    repaired: () => repaired,
  };
}
