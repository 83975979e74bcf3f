import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import type { FakeElectron } from './testing/fake-electron';

const core = vi.hoisted(() => ({
  createCore: vi.fn(),
  start: vi.fn(() => Promise.resolve()),
  stop: vi.fn(() => Promise.resolve()),
}));

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('../core/app-core', () => ({ createCore: core.createCore }));
vi.mock('../core/vault/keyring-store', () => ({
  openSecretStore: vi.fn(() => Promise.resolve({ kind: 'memory' })),
}));
vi.mock('./settings-store', () => ({
  openElectronSettingsStore: vi.fn(() => Promise.resolve({ get: vi.fn(), set: vi.fn() })),
}));

async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

/** Imports main.ts afresh (it acts on import) and returns the fake Electron it saw. */
async function boot(): Promise<FakeElectron> {
  await import('./main');
  return fakeElectron();
}

describe('main (composition root)', () => {
  beforeEach(async () => {
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
    core.createCore.mockReset().mockImplementation(() => ({
      router: { handle: vi.fn() },
      onEvent: vi.fn(() => () => undefined),
      start: core.start,
      stop: core.stop,
    }));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('refuses KC_API_URL with plain http on a non-loopback host: error dialog, quit', async () => {
    vi.stubEnv('KC_API_URL', 'http://api.kundencenter.example');
    const electron = await boot();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Kundencenter',
      expect.stringContaining('http://api.kundencenter.example'),
    );
    expect(core.createCore).not.toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('wires the core, the protocol, the guards and the window', async () => {
    vi.stubEnv('KC_API_URL', 'https://api.kundencenter.example/');
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    const electron = await boot();
    await vi.waitFor(() => expect(core.start).toHaveBeenCalled());

    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);

    expect(core.createCore).toHaveBeenCalledWith(
      expect.objectContaining({
        apiUrl: 'https://api.kundencenter.example',
        dataDir: '/fake/userData',
        host: 'electron',
        version: '0.1.0',
        saveDialog: expect.objectContaining({ save: expect.any(Function) as unknown }) as unknown,
      }),
    );
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());

    const [window] = electron.BrowserWindow.instances;
    expect(window!.loadURL).toHaveBeenCalledWith('app://kundencenter/index.html');
  });

  it('brings the first window to the front on a second start', async () => {
    vi.stubEnv('KC_API_URL', '');
    const electron = await boot();
    await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
    const [window] = electron.BrowserWindow.instances;
    window!.minimized = true;

    electron.app.emit('second-instance');

    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await fakeElectron();
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('./main');
    expect(electron.app.quit).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(core.createCore).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('stops the core before the app quits', async () => {
    vi.stubEnv('KC_API_URL', '');
    const electron = await boot();
    await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(core.stop).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });
});
