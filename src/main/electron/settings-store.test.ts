import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsDefaults } from '../core/settings/settings-schema';
import {
  buildDefaults,
  createSettingsStore,
  openElectronSettingsStore,
  type SettingsBacking,
} from './settings-store';

const storeOptions = vi.hoisted(() => [] as unknown[]);
/** the next store opened without clearing finds no JSON in the file */
const brokenFile = vi.hoisted(() => ({ next: false }));

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = { language: 'en' };
    constructor(options: { clearInvalidConfig: boolean }) {
      storeOptions.push(options);
      if (brokenFile.next && !options.clearInvalidConfig) {
        brokenFile.next = false;
        throw new SyntaxError('Unexpected token , in JSON');
      }
    }
  },
}));

function memoryBacking(initial: Record<string, unknown>): SettingsBacking & { writes: number } {
  let data = initial;
  const backing = {
    writes: 0,
    get store() {
      return data;
    },
    set store(value: Record<string, unknown>) {
      backing.writes += 1;
      data = value;
    },
  };
  return backing;
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('settings store', () => {
  it('reads valid settings without rewriting them', () => {
    const backing = memoryBacking({ language: 'en' });
    const store = createSettingsStore(() => backing);
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'en', invoicePdfYears: 3 });
    expect(backing.writes).toBe(0);
  });

  it('an installed app talks to the provider unless the person chose otherwise', () => {
    const fresh = createSettingsStore(
      () => memoryBacking({}),
      undefined,
      undefined,
      buildDefaults(true),
    );
    expect(fresh.get().apiProfile).toBe('cmo');
    // a broken choice falls back to this build's default, not the sandbox
    const broken = createSettingsStore(
      () => memoryBacking({ apiProfile: 'nowhere' }),
      undefined,
      undefined,
      buildDefaults(true),
    );
    expect(broken.get().apiProfile).toBe('cmo');
    const chosen = createSettingsStore(
      () => memoryBacking({ apiProfile: 'sandbox' }),
      undefined,
      undefined,
      buildDefaults(true),
    );
    expect(chosen.get().apiProfile).toBe('sandbox');
    expect(buildDefaults(false).apiProfile).toBe('sandbox');
  });

  it('repairs invalid values to defaults and writes the repair back', () => {
    const warn = vi.fn();
    const backing = memoryBacking({ language: 'klingon', junk: true });
    const store = createSettingsStore(() => backing, { info: vi.fn(), warn, error: vi.fn() });
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'de', invoicePdfYears: 3 });
    expect(backing.store).toEqual({ ...settingsDefaults, language: 'de', invoicePdfYears: 3 });
    expect(warn).toHaveBeenCalled();
  });

  it('falls back to defaults in memory when the file cannot be opened', () => {
    const store = createSettingsStore(() => {
      throw new Error('EACCES');
    });
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'de', invoicePdfYears: 3 });
    expect(store.set({ language: 'en' })).toEqual({
      ...settingsDefaults,
      language: 'en',
      invoicePdfYears: 3,
    });
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'en', invoicePdfYears: 3 });
  });

  it('saves changes and refuses invalid ones', () => {
    const backing = memoryBacking({ language: 'de' });
    const store = createSettingsStore(() => backing);
    expect(store.set({ language: 'en' })).toEqual({
      ...settingsDefaults,
      language: 'en',
      invoicePdfYears: 3,
    });
    expect(backing.store).toEqual({ ...settingsDefaults, language: 'en', invoicePdfYears: 3 });
    expect(() => store.set({ language: 'fr' as never })).toThrow();
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'en', invoicePdfYears: 3 });
  });

  it('survives a corrupt JSON file through conf (the engine under electron-store)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kc-settings-'));
    dirs.push(dir);
    await writeFile(join(dir, 'settings.json'), '{"language": "en",,, oops');
    const store = createSettingsStore(
      () =>
        new Conf<Record<string, unknown>>({
          cwd: dir,
          configName: 'settings',
          projectName: 'kc-test',
          clearInvalidConfig: true,
        }),
    );
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'de', invoicePdfYears: 3 });
    store.set({ language: 'en' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
      ...settingsDefaults,
      language: 'en',
    });
  });

  it('opens electron-store as settings.json, clears a broken file, drops its IPC listener', async () => {
    const ipcMain = { removeAllListeners: vi.fn() };
    const store = await openElectronSettingsStore(ipcMain as unknown as IpcMain);
    expect(store.get()).toEqual({ ...settingsDefaults, language: 'en', invoicePdfYears: 3 });
    expect(storeOptions).toEqual([{ name: 'settings', clearInvalidConfig: false }]);
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
    expect(store.repaired?.()).toBe(false);
  });

  it('starts a file without JSON over and says it was repaired', async () => {
    storeOptions.length = 0;
    brokenFile.next = true;
    const ipcMain = { removeAllListeners: vi.fn() };
    const store = await openElectronSettingsStore(ipcMain as unknown as IpcMain);
    expect(storeOptions).toEqual([
      { name: 'settings', clearInvalidConfig: false },
      { name: 'settings', clearInvalidConfig: true },
    ]);
    expect(store.repaired?.()).toBe(true);
  });

  it('says repaired for broken values and an unusable file, not for a sound one', () => {
    expect(createSettingsStore(() => memoryBacking({ theme: 'pink' })).repaired?.()).toBe(true);
    expect(createSettingsStore(() => memoryBacking({ theme: 'dark' })).repaired?.()).toBe(false);
    const unusable = createSettingsStore(() => {
      throw new Error('EACCES');
    });
    expect(unusable.repaired?.()).toBe(true);
  });
});
