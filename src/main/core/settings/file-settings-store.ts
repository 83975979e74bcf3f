/**
 * Settings in a JSON file, for the web host (the app uses electron-store with the same
 * schema). Writes are atomic, a broken file falls back to defaults and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain';
import type { SettingsStore } from '../ports';
import { writeFileAtomicSync } from '../store/atomic-write';
import { parseSettings, settingsSchema } from './settings-schema';

export function openFileSettingsStore(dir: string, onRepaired?: () => void): SettingsStore {
  const file = join(dir, 'settings.json');
  let current: Settings;
  try {
    const { settings, repaired } = parseSettings(JSON.parse(readFileSync(file, 'utf8')));
    current = settings;
    if (repaired) onRepaired?.();
  } catch (error) {
    current = parseSettings({}).settings;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onRepaired?.();
  }
  return {
    get: () => ({ ...current }),
    set(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      writeFileAtomicSync(file, JSON.stringify(current, null, 2));
      return { ...current };
    },
  };
}
