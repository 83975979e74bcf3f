/** The main window: a locked-down renderer that can reach main only through the preload. */
import { BrowserWindow } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state';

export interface MainWindowOptions {
  preload: string;
  startUrl: string;
  /** the title until the page names itself (the app's name in the settings' language) */
  title: string;
  /** where the window was last (window-state.ts); missing: default size, centred */
  bounds?: Partial<Rect> & { width: number; height: number };
  maximized?: boolean;
  onLoadFailed?: (error: unknown) => void;
}

/** Creates the main window, hidden until its first paint so it never flashes white. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(options.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    // Every setting spelled out, even Electron's defaults, so a changed default or a careless
    // edit shows in review, in the unit test and to Electronegativity (which reads this literal).
    webPreferences: {
      // Reviewed: the preload runs sandboxed and exposes only window.kc (invoke/on for the
      // channels of src/shared/ipc-names.ts), never ipcRenderer; see src/preload/index.test.ts.
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
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
      // a middle click would ask for a new window; the window-open handler denies it anyway
      disableBlinkFeatures: 'Auxclick',
      // customers type German and English; Chromium's spellchecker follows the OS languages
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.startUrl).catch((error: unknown) => options.onLoadFailed?.(error));
  return window;
}
