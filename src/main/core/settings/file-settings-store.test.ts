import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileSettingsStore } from './file-settings-store';
import { settingsDefaults } from './settings-schema';

const dirs: string[] = [];
function folder(content?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-file-settings-'));
  dirs.push(dir);
  if (content !== undefined) writeFileSync(join(dir, 'settings.json'), content);
  return dir;
}
const onDisk = (dir: string): unknown =>
  JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the web host settings file', () => {
  it('starts with defaults and no notice when there is no file yet', () => {
    const store = openFileSettingsStore(folder());
    expect(store.get()).toEqual(settingsDefaults);
    expect(store.repaired?.()).toBe(false);
  });

  it('falls back to defaults for a file that is no JSON, says so and writes a sound one', () => {
    let told = 0;
    const dir = folder('{"language": "en",,, oops');
    const store = openFileSettingsStore(dir, () => (told += 1));
    expect(store.get()).toEqual(settingsDefaults);
    expect(store.repaired?.()).toBe(true);
    expect(told).toBe(1);
    expect(onDisk(dir)).toEqual(settingsDefaults);
    // the next start finds nothing to repair
    expect(openFileSettingsStore(dir).repaired?.()).toBe(false);
  });

  it('keeps the valid values of a damaged file', () => {
    const dir = folder(JSON.stringify({ language: 'en', theme: 42, syncIntervalSeconds: 900 }));
    const store = openFileSettingsStore(dir);
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'en', syncIntervalSeconds: 900 });
    expect(store.repaired?.()).toBe(true);
  });

  it('removes the temp file a kill during a save left beside the settings', () => {
    const dir = folder(JSON.stringify(settingsDefaults));
    writeFileSync(join(dir, 'settings.json.9f8e7d6c5b4a.tmp'), '{"theme": "da');
    openFileSettingsStore(dir);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('remembers a change across a restart', () => {
    const dir = folder();
    openFileSettingsStore(dir).set({ theme: 'dark', syncIntervalSeconds: 300 });
    expect(openFileSettingsStore(dir).get()).toMatchObject({
      theme: 'dark',
      syncIntervalSeconds: 300,
    });
  });
});
