/**
 * What main.ts's tests share: the fake Electron and the mocks of the modules main.ts wires
 * (core, keychain, settings, updater, log), and `boot()`, which imports main.ts afresh.
 * Import this module before anything else in the test file: its `vi.mock` calls must run
 * before main.ts is imported.
 */
import { expect, vi } from 'vitest';
import type { FakeElectron } from './fake-electron';

export const settings = (() => {
  const initial = { language: 'de', apiProfile: 'cmo', closeToTray: false, startAtLogin: false };
  let current = { ...initial };
  return {
    get: () => current,
    set: (patch: Partial<typeof current>) => (current = { ...current, ...patch }),
    reset: () => (current = { ...initial }),
  };
})();
export const core = {
  createCore: vi.fn(),
  start: vi.fn(() => Promise.resolve()),
  stop: vi.fn(() => Promise.resolve()),
  openDeepLink: vi.fn((_url: string) => true),
  openNotification: vi.fn((_target: unknown) => undefined),
  handle: vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true })),
};

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
// both load the real 'electron' package (outside vitest's mocks), which needs the binary
/** what main.ts logs (electron-log's calls) */
export const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
vi.mock('electron-log/main', () => ({
  default: { transports: { file: {}, console: {} }, hooks: [], ...log },
}));
export const updater = {
  autoUpdater: {
    setFeedURL: vi.fn(),
    checkForUpdatesAndNotify: vi.fn(() => Promise.resolve(null)),
  },
};
vi.mock('electron-updater', () => updater);
vi.mock('../../core/app-core', () => ({ createCore: core.createCore }));
export const heap = { preferSmallHeap: vi.fn() };
vi.mock('../../core/heap', () => heap);
vi.mock('../../core/vault/keyring-store', () => ({
  openSecretStore: vi.fn(() => Promise.resolve({ kind: 'memory' })),
}));
vi.mock('../settings-store', () => ({
  buildDefaults: (isPackaged: boolean) => ({ packaged: isPackaged }),
  openElectronSettingsStore: vi.fn(() => Promise.resolve(settings)),
}));
vi.mock('../app-protocol', async (original) => {
  const real = await original<typeof import('../app-protocol')>();
  return { ...real, createAppProtocolHandler: vi.fn(real.createAppProtocolHandler) };
});

export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

/** Imports main.ts afresh (it acts on import) and returns the fake Electron it saw. */
export async function boot(): Promise<FakeElectron> {
  await import('../main');
  return fakeElectron();
}

/** main.ts started with the API of the settings (no KC_API_URL), once the core has started. */
export async function startedMain(): Promise<FakeElectron> {
  vi.stubEnv('KC_API_URL', '');
  const electron = await boot();
  await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
  return electron;
}

/** A clean start for each test: fresh main.ts, no listeners, windows or calls left over. */
export async function resetMain(): Promise<void> {
  // vi.resetModules() re-runs main.ts but keeps the mocked module: start each test clean
  vi.resetModules();
  vi.clearAllMocks();
  const electron = await fakeElectron();
  electron.app.removeAllListeners();
  electron.ipcMain.handlers.clear();
  electron.BrowserWindow.instances.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  settings.reset();
  electron.Tray.instances.length = 0;
  electron.Notification.instances.length = 0;
  electron.app.isPackaged = false;
  core.createCore.mockReset().mockImplementation(() => ({
    openDeepLink: core.openDeepLink,
    openNotification: core.openNotification,
    router: { handle: core.handle },
    onEvent: vi.fn(() => () => undefined),
    start: core.start,
    stop: core.stop,
  }));
}
