import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

const { createMainWindow } = await import('./window');
const { FakeBrowserWindow } = await import('./testing/fake-electron');

function open(onLoadFailed?: (error: unknown) => void) {
  return createMainWindow({
    preload: '/app/out/preload/index.js',
    startUrl: 'app://kundencenter/index.html',
    title: 'Kundencenter',
    onLoadFailed,
  }) as unknown as InstanceType<typeof FakeBrowserWindow>;
}

describe('main window', () => {
  it('spells out every security-relevant web preference', () => {
    const window = open();
    expect(window.options['webPreferences']).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    const preferences = window.options['webPreferences'] as Record<string, unknown>;
    expect(preferences['enableBlinkFeatures']).toBeUndefined();
    expect(preferences['additionalArguments']).toBeUndefined();
  });

  it('stays hidden until ready-to-show and loads the start URL', () => {
    const window = open();
    expect(window.options['show']).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://kundencenter/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load instead of leaving a rejected promise', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    FakeBrowserWindow.loadResult = () => Promise.reject(failure);
    const onLoadFailed = vi.fn();
    open(onLoadFailed);
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(failure));
    FakeBrowserWindow.loadResult = () => Promise.resolve();
  });

  it('opens where it was last, maximised if it was, never below its minimum size', () => {
    const window = createMainWindow({
      preload: '/app/out/preload/index.js',
      startUrl: 'app://kundencenter/index.html',
      title: 'Kundencenter',
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true,
    }) as unknown as InstanceType<typeof FakeBrowserWindow>;
    expect(window.options).toMatchObject({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      minWidth: 800,
      minHeight: 560,
    });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(open().options).toMatchObject({ width: 1200, height: 800 });
  });
});
