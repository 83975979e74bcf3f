// first: its vi.mock calls must be in place before main.ts is imported
import { boot, core, fakeElectron, heap, settings, updater } from './testing/main-harness';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import { resetMain, startedMain } from './testing/main-harness';

describe('main (composition root)', () => {
  beforeEach(resetMain);
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
    // app:// is served by the app-protocol handler, rooted at the renderer's build beside main's
    const { createAppProtocolHandler } = await import('./app-protocol');
    const served = vi.mocked(createAppProtocolHandler);
    expect(served).toHaveBeenCalledTimes(1);
    expect(served.mock.calls[0]![0]).toBe(join(__dirname, '../renderer'));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', served.mock.results[0]!.value);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);

    // the small heap is asked for before the core holds anything
    expect(heap.preferSmallHeap).toHaveBeenCalledTimes(1);
    expect(heap.preferSmallHeap.mock.invocationCallOrder[0]).toBeLessThan(
      core.createCore.mock.invocationCallOrder[0]!,
    );
    expect(core.createCore).toHaveBeenCalledWith(
      expect.objectContaining({
        apiUrl: 'https://api.kundencenter.example',
        dataDir: '/fake/appData/Kundencenter',
        host: 'electron',
        version: '0.1.0',
        saveDialog: expect.objectContaining({ save: expect.any(Function) as unknown }) as unknown,
        network: expect.objectContaining({ kind: 'os' }) as unknown,
      }),
    );
    // the core's HTTP goes through Chromium's stack, and asks it for the proxy
    type Options = { network: { fetch: typeof fetch; resolveProxy(url: string): Promise<string> } };
    const { network } = core.createCore.mock.calls[0]![0] as Options;
    await network.fetch('data:text/plain,ok');
    expect(electron.net.fetch).toHaveBeenCalledWith('data:text/plain,ok', undefined);
    await expect(network.resolveProxy('https://api.kundencenter.example')).resolves.toBe('DIRECT');
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    // the app's own profile folder: the keychain entries people already have
    const { openSecretStore } = await import('../core/vault/keyring-store');
    expect(openSecretStore).toHaveBeenCalledWith(expect.objectContaining({ profile: 'default' }));

    const [window] = electron.BrowserWindow.instances;
    expect(window!.loadURL).toHaveBeenCalledWith('app://kundencenter/index.html');
  });

  it("talks to the API of the settings' provider profile when KC_API_URL is not set", async () => {
    await startedMain();
    expect(core.createCore).toHaveBeenCalledWith(
      expect.objectContaining({ apiUrl: 'https://api.kundencenter.cmo.example' }),
    );
  });

  it('brings the first window to the front on a second start', async () => {
    const electron = await startedMain();
    const [window] = electron.BrowserWindow.instances;
    window!.minimized = true;

    electron.app.emit('second-instance');

    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('a start at login shows only the tray; the tray opens the window', async () => {
    vi.stubEnv('KC_API_URL', '');
    const argv = process.argv;
    process.argv = [...argv, '--hidden'];
    try {
      const electron = await boot();
      await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      electron.Tray.instances[0]!.emit('click');
      expect(electron.BrowserWindow.instances).toHaveLength(1);
    } finally {
      process.argv = argv;
    }
  });

  it('closes to the tray while the setting says so, and quits for real when quitting', async () => {
    const electron = await startedMain();
    const [window] = electron.BrowserWindow.instances;
    const close = () => {
      const event = { preventDefault: vi.fn() };
      window!.emit('close', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(close()).toBe(false);
    settings.set({ closeToTray: true });
    expect(close()).toBe(true);
    expect(window!.hide).toHaveBeenCalledTimes(1);
    // a second start shows the hidden window again
    electron.app.emit('second-instance');
    expect(window!.show).toHaveBeenCalled();
    electron.app.emit('before-quit', { preventDefault: vi.fn() });
    expect(close()).toBe(false);
  });

  it('spell checks in the UI language and registers the login item of a packaged app', async () => {
    vi.stubEnv('KC_API_URL', '');
    const config = mkdtempSync(join(tmpdir(), 'kc-xdg-'));
    vi.stubEnv('XDG_CONFIG_HOME', config);
    const electron = await boot();
    electron.app.isPackaged = true;
    await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
    const spell = electron.session.defaultSession.setSpellCheckerLanguages;
    expect(spell).toHaveBeenLastCalledWith(['de-DE']);
    const [{ settings: store }] = core.createCore.mock.calls[0] as [
      { settings: { set(patch: Record<string, unknown>): unknown } },
    ];
    store.set({ language: 'en' });
    expect(spell).toHaveBeenLastCalledWith(['en-US']);
    store.set({ startAtLogin: true });
    if (process.platform === 'linux') {
      const entry = readFileSync(join(config, 'autostart', 'de.cmo.kundencenter.desktop'), 'utf8');
      expect(entry).toContain(' --hidden');
    } else {
      expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith(
        expect.objectContaining({ openAtLogin: true, args: ['--hidden'] }),
      );
    }
    rmSync(config, { recursive: true, force: true });
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
    const electron = await startedMain();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(core.stop).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('registers the kundencenter: scheme and opens a link it was started with at its screen', async () => {
    vi.stubEnv('KC_API_URL', '');
    const argv = process.argv;
    process.argv = [...argv, 'kundencenter://invoice/inv-42'];
    try {
      const electron = await boot();
      await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
      expect(electron.app.setAsDefaultProtocolClient.mock.calls[0]![0]).toBe('kundencenter');
      const [window] = electron.BrowserWindow.instances;
      expect(window!.loadURL).toHaveBeenCalledWith(
        'app://kundencenter/index.html#/billing/invoices/inv-42',
      );
    } finally {
      process.argv = argv;
    }
  });

  it('opens at the start screen when the first link is refused', async () => {
    vi.stubEnv('KC_API_URL', '');
    const argv = process.argv;
    process.argv = [...argv, 'kundencenter://user:pw@invoice/1'];
    try {
      const electron = await boot();
      await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
      expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith(
        'app://kundencenter/index.html',
      );
    } finally {
      process.argv = argv;
    }
  });

  it('a second start with a link hands it to the running app, which shows it', async () => {
    const electron = await startedMain();
    const [window] = electron.BrowserWindow.instances;

    electron.app.emit('second-instance', {}, ['/opt/kundencenter', 'kundencenter://ticket/T-7']);

    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window!.focus).toHaveBeenCalled();
    expect(core.openDeepLink).toHaveBeenCalledWith('kundencenter://ticket/T-7');
  });

  it('macOS: a link handed over before the app is ready opens once it is', async () => {
    vi.stubEnv('KC_API_URL', '');
    const electron = await fakeElectron();
    let ready: () => void = () => undefined;
    electron.app.whenReady.mockReturnValueOnce(new Promise<void>((done) => (ready = done)));
    await import('./main');
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-url', event, 'kundencenter://domain/muster-webdesign.de/dns');
    expect(event.preventDefault).toHaveBeenCalled();
    ready();
    await vi.waitFor(() => expect(core.start).toHaveBeenCalled());
    expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith(
      'app://kundencenter/index.html#/domains/muster-webdesign.de/dns',
    );
    expect(core.openDeepLink).not.toHaveBeenCalled();
  });

  it('the tray shows the unread count beside the badge, and syncs or quits from its menu', async () => {
    const electron = await startedMain();
    const [tray] = electron.Tray.instances;
    expect(tray!.tooltip).toBe('Kundencenter');

    const options = core.createCore.mock.calls[0]![0] as {
      badge: { setCount(count: number): void };
    };
    options.badge.setCount(2);
    expect(electron.app.setBadgeCount).toHaveBeenCalledWith(2);
    expect(tray!.tooltip).toBe('Kundencenter – 2 ungelesene Antworten');

    const item = (id: string) => tray!.menu!.template.find((entry) => entry['id'] === id)!;
    (item('sync')['click'] as () => void)();
    expect(core.handle).toHaveBeenCalledWith('sync:now', undefined);
    (item('quit')['click'] as () => void)();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('the application menu sends its screens to the window and follows the language', async () => {
    const electron = await startedMain();
    const lastMenu = () =>
      electron.Menu.setApplicationMenu.mock.lastCall![0] as {
        template: { label: string; submenu: Record<string, unknown>[] }[];
      };
    const settingsItem = lastMenu()
      .template.flatMap((menu) => menu.submenu)
      .find((entry) => entry['id'] === 'settings')!;
    (settingsItem['click'] as () => void)();
    const [window] = electron.BrowserWindow.instances;
    expect(window!.webContents.send).toHaveBeenCalledWith('app:navigate', { route: '/settings' });
    expect(lastMenu().template[0]!.label).toBe('Datei');

    const options = core.createCore.mock.calls[0]![0] as {
      settings: { set(patch: Record<string, unknown>): unknown };
    };
    options.settings.set({ language: 'en' });
    expect(lastMenu().template[0]!.label).toBe('File');
    expect(electron.Tray.instances[0]!.menu!.template[0]!['label']).toBe('Open');
  });

  it('looks for no updates in development', async () => {
    await startedMain();
    expect(updater.autoUpdater.setFeedURL).not.toHaveBeenCalled();
  });
});
