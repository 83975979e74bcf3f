import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

const { createMainWindow, secureWebPreferences } = await import('./window');
const { FakeBrowserWindow } = await import('./testing/fake-electron');

describe('main window', () => {
  it('spells out every security-relevant web preference', () => {
    expect(secureWebPreferences('/app/preload/index.js')).toMatchObject({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('creates the window with those preferences, hidden until ready-to-show', () => {
    const window = createMainWindow({
      preload: '/app/preload/index.js',
      startUrl: 'app://kundencenter/index.html',
    }) as unknown as InstanceType<typeof FakeBrowserWindow>;

    expect(window.options['show']).toBe(false);
    expect(window.options['webPreferences']).toEqual(secureWebPreferences('/app/preload/index.js'));
    expect(window.loadURL).toHaveBeenCalledWith('app://kundencenter/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load instead of leaving a rejected promise', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    FakeBrowserWindow.loadResult = () => Promise.reject(failure);
    const onLoadFailed = vi.fn();
    createMainWindow({ preload: '/p.js', startUrl: 'app://kundencenter/index.html', onLoadFailed });
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(failure));
    FakeBrowserWindow.loadResult = () => Promise.resolve();
  });
});
