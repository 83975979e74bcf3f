/**
 * Composition root of the Electron app: locks down Electron, wires the real ports (keychain,
 * electron-store, system notifications, clipboard, power and network signals) into the core
 * and puts the core's router on ipcMain.
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  net,
  Notification,
  powerMonitor,
  protocol,
  session,
  shell,
  systemPreferences,
} from 'electron';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core-types';
import { openSecretStore } from '../core/vault/keyring-store';
import { resolveApiUrl } from './api-url';
import { APP_SCHEME, createOriginPolicy } from './app-origin';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { createElectronClipboard } from './clipboard';
import { installCspHeaders } from './csp';
import { createElectronLocalAuth } from './local-auth';
import { registerIpcTransport } from './ipc-transport';
import { consoleLogger as log } from './log';
import { createElectronNotifier, type NotificationTarget } from './notifier';
import { createElectronOnlineSignals } from './online-signals';
import { createElectronSaveDialog } from './save-dialog';
import { denyAllPermissions, installWebContentsGuards } from './security';
import { openElectronSettingsStore } from './settings-store';
import { createMainWindow } from './window';

const APP_ID = 'de.cmo.kundencenter';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const policy = createOriginPolicy({ devServerUrl, isPackaged: app.isPackaged });
if (devServerUrl && policy.devOrigin === null) {
  log.warn('ELECTRON_RENDERER_URL ignored: only an unpackaged app may use a loopback dev server');
}

let mainWindow: BrowserWindow | null = null;
/** true once the core answers on ipcMain; windows opened earlier would call into nothing */
let wired = false;

function openMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    preload: join(__dirname, '../preload/index.js'),
    startUrl: policy.startUrl,
    onLoadFailed: (error) =>
      log.error('window: the renderer did not load', { reason: String(error) }),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** the core once created (notification clicks ask it to tell the renderer) */
let wiredCore: Core | null = null;

/**
 * A click on a notification: the window comes to the front and the renderer is told what to
 * show ('notification:open'); a window opened just now hears it once it has loaded.
 */
function openNotificationTarget(target: NotificationTarget | null): void {
  const existed = mainWindow !== null && !mainWindow.isDestroyed();
  openMainWindow();
  if (!target || !wiredCore) return;
  const core = wiredCore;
  if (existed) core.openNotification(target);
  else mainWindow?.webContents.once('did-finish-load', () => core.openNotification(target));
}

/** Lets the core finish (flush the outbox, close streams) before the app goes. */
function stopCoreOnQuit(core: Core): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    core
      .stop()
      .catch((error: unknown) => log.error('core: stop failed', { reason: String(error) }))
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}

async function start(): Promise<void> {
  await app.whenReady();

  const apiUrl = resolveApiUrl(process.env['KC_API_URL']);
  if (!apiUrl.ok) {
    dialog.showErrorBox(
      'Kundencenter',
      `Die Verbindung zum Kundencenter ist unsicher eingestellt.\n\n${apiUrl.reason}`,
    );
    app.quit();
    return;
  }

  denyAllPermissions(session.defaultSession);
  installCspHeaders(session.defaultSession, policy);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));

  const [secrets, settings] = await Promise.all([
    openSecretStore({ service: APP_ID, profile: 'default', log }),
    openElectronSettingsStore(ipcMain, log),
  ]);
  const core = createCore({
    apiUrl: apiUrl.url,
    dataDir: app.getPath('userData'),
    host: 'electron',
    version: app.getVersion(),
    secrets,
    settings,
    notifier: createElectronNotifier({ Notification, onClick: openNotificationTarget, log }),
    // the dock badge (macOS) or launcher count (Linux); Windows has none for a plain count
    badge: { setCount: (count) => void app.setBadgeCount(count) },
    clipboard: createElectronClipboard(clipboard, log),
    saveDialog: createElectronSaveDialog({
      dialog,
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
      downloadsDir: () => app.getPath('downloads'),
      log,
    }),
    localAuth: createElectronLocalAuth(systemPreferences, process.platform, log),
    onlineSignals: createElectronOnlineSignals({ powerMonitor, isOnline: () => net.isOnline() }),
    log,
  });
  registerIpcTransport({
    ipcMain,
    core,
    policy,
    targets: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    log,
  });
  stopCoreOnQuit(core);
  wiredCore = core;
  wired = true;

  openMainWindow();
  await core.start();
}

// Before `ready`: these shape how Chromium starts.
registerAppScheme(protocol);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installWebContentsGuards(app, policy, shell);
  // A second start (and a click on the macOS dock) brings the running app to the front.
  const reopen = (): void => {
    if (wired) openMainWindow();
  };
  app.on('second-instance', reopen);
  app.on('activate', reopen);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    log.error('startup failed', { reason: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox('Kundencenter', 'Das Kundencenter konnte nicht starten.');
    app.quit();
  });
}
