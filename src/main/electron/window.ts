/** The main window: a locked-down renderer that can reach main only through the preload. */
import { BrowserWindow, type WebPreferences } from 'electron';

/**
 * Every setting spelled out, even where it is Electron's default, so a changed default or a
 * careless edit shows up in review and in the unit test.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    safeDialogs: true,
    // Customers type German and English; Chromium's spellchecker follows the OS languages.
    spellcheck: true,
  };
}

export interface MainWindowOptions {
  preload: string;
  startUrl: string;
  onLoadFailed?: (error: unknown) => void;
}

/** Creates the main window, hidden until its first paint so it never flashes white. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Kundencenter',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(options.startUrl).catch((error: unknown) => options.onLoadFailed?.(error));
  return window;
}
