/**
 * Composition root of the Electron app: locks down Electron, wires the real ports (keychain,
 * electron-store, system notifications, clipboard, power and network signals) into the core
 * and puts the core's router on ipcMain. Around it the desktop: single instance, deep links,
 * tray, application menu, remembered window, updates and the log file.
 */
import { join, resolve } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import electronLog from 'electron-log/main';
import { autoUpdater } from 'electron-updater';
import { createCore } from '../core/app-core';
import { preferSmallHeap } from '../core/heap';
import type { Core } from '../core/app-core-types';
import { openSecretStore } from '../core/vault/keyring-store';
import { apiUrlFromSettings } from '../core/settings/api-endpoint';
import { DEFAULT_API_URL, resolveApiUrl } from './api-url';
import { APP_SCHEME, createOriginPolicy } from './app-origin';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { installCspHeaders } from './csp';
import { registerIpcTransport } from './ipc-transport';
import { appMenuTemplate } from './app-menu';
import { createFileLogger } from './file-log';
import { mainTexts, type MainTexts } from './main-i18n';
import type { NotificationTarget } from './notifier';
import { electronPorts } from './electron-ports';
import { denyAllPermissions, installWebContentsGuards } from './security';
import { buildDefaults, openElectronSettingsStore } from './settings-store';
import { secretProfile } from './secret-profile';
import { applySpellCheckLanguage } from './spellcheck';
import { createAppTray, type AppTray } from './tray';
import { keepInTrayOnClose } from './close-to-tray';
import { applyStartAtLogin, startedHidden } from './login-item';
import { startAutoUpdate } from './updater';
import { createMainWindow } from './window';
import { createWindowZoom, ZOOM_FILE, type WindowZoom } from './zoom';
import {
  loadWindowState,
  restoreBounds,
  trackWindowState,
  WINDOW_STATE_FILE,
} from './window-state';
import type { SettingsStore } from '../core/ports';
import type { EventName } from '../../shared/ipc-names';
import type { EventPayloads } from '../../shared/ipc';
import {
  DEEP_LINK_SCHEME,
  deepLinkForLog,
  deepLinkInArgv,
  deepLinkRoute,
  parseDeepLink,
} from '../../shared/deep-links';

const APP_ID = 'de.cmo.kundencenter';
preferSmallHeap(); // first: all the process keeps lives in the smaller heap (heap.ts: why)

// the log file (userData/logs/main.log), redacted; the console too while developing
const log = createFileLogger(electronLog);
/** main's own words, in the settings' language once the settings are read */
let texts: MainTexts = mainTexts(undefined);
let tray: AppTray | null = null;
/** links that came before the core was ready (macOS hands them over before `ready`) */
let pendingLink: string | null = null;

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const policy = createOriginPolicy({ devServerUrl, isPackaged: app.isPackaged });
if (devServerUrl && policy.devOrigin === null) {
  log.warn('ELECTRON_RENDERER_URL ignored: only an unpackaged app may use a loopback dev server');
}

let mainWindow: BrowserWindow | null = null;
/** true once the core answers on ipcMain; windows opened earlier would call into nothing */
let wired = false;
/** the settings once read (close to tray asks them at every close) */
let appSettings: SettingsStore | null = null;
/** true from the first quit request on: then closing the window really closes it */
let quitting = false;

/** Brings the window up, or opens it at the place it had (on a display that still exists),
 * a new window at a route if given (a deep link on the first start). */
function openMainWindow(route?: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const place = restoreBounds(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    preload: join(__dirname, '../preload/index.js'),
    startUrl: route ? `${policy.startUrl}#${route}` : policy.startUrl,
    title: texts.appName,
    bounds: place.bounds,
    maximized: place.maximized,
    onLoadFailed: (error) =>
      log.error('window: the renderer did not load', { reason: String(error) }),
  });
  windowZoom().track(mainWindow.webContents);
  trackWindowState(mainWindow, stateFile, (error) =>
    log.warn('window: its place could not be saved', { reason: String(error) }),
  );
  keepInTrayOnClose(mainWindow, {
    enabled: () => appSettings?.get().closeToTray ?? false,
    quitting: () => quitting,
    hasTray: () => tray !== null,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

let zoomKeeper: WindowZoom | null = null;
/** The main window's zoom, kept in userData (made on first use: userData is known by then). */
function windowZoom(): WindowZoom {
  zoomKeeper ??= createWindowZoom(join(app.getPath('userData'), ZOOM_FILE), 'main', log);
  return zoomKeeper;
}

/** Tells the open window something main decided (the menu's screens, its search). */
function sendToWindow<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  openMainWindow();
  mainWindow?.webContents.send(event, payload);
}

/** The route of a link for a window about to open; a refused link is logged, no route. */
function routeOfLink(link: string): string | undefined {
  const parsed = parseDeepLink(link);
  if (parsed.ok) return deepLinkRoute(parsed.target);
  log.warn('deep link ignored', { reason: parsed.reason, link: deepLinkForLog(link) });
  return undefined;
}

/**
 * A kundencenter:// link from the OS: before the core is ready it waits; an open window is
 * told by the core ('app:navigate'); otherwise the window opens at the link's route.
 */
function openDeepLink(link: string): void {
  if (!wiredCore) {
    pendingLink = link;
    return;
  }
  if (mainWindow && !mainWindow.isDestroyed()) {
    openMainWindow();
    wiredCore.openDeepLink(link);
    return;
  }
  openMainWindow(routeOfLink(link));
}

/** The tray's image at the size of the platform's panel (drawn from assets/tray.svg). */
function trayIcon(): Electron.NativeImage {
  const name = process.platform === 'linux' ? 'tray-icon-linux.png' : 'tray-icon.png';
  const file = app.isPackaged
    ? join(process.resourcesPath, name)
    : join(__dirname, '../../build', name);
  return nativeImage.createFromPath(file);
}

/** The application menu and the tray in the current language. */
function applyTexts(language: string | undefined): void {
  texts = mainTexts(language);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        texts,
        navigate: (route) => sendToWindow('app:navigate', { route }),
        command: (command) => sendToWindow('app:command', { command }),
        zoom: (step) => {
          const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
          if (window && !window.isDestroyed()) windowZoom().step(window.webContents, step);
        },
      }),
    ),
  );
  tray?.setTexts(texts);
}

/** The executable a login item starts: an AppImage's own file, not its temporary mount. */
function loginItem() {
  return {
    app,
    platform: process.platform,
    executable: process.env['APPIMAGE'] ?? process.execPath,
    log,
  };
}

/**
 * The settings, telling main what it owns: the language (menu, tray and spell checker follow
 * at once) and the start at login.
 */
function watchSettings(settings: SettingsStore): SettingsStore {
  return {
    get: () => settings.get(),
    set: (patch) => {
      const before = settings.get();
      const next = settings.set(patch);
      if (next.language !== before.language) {
        applyTexts(next.language);
        applySpellCheckLanguage(session.defaultSession, next.language, process.platform, log);
      }
      if (next.startAtLogin !== before.startAtLogin && app.isPackaged) {
        applyStartAtLogin(next.startAtLogin, loginItem());
      }
      return next;
    },
    ...(settings.repaired ? { repaired: () => settings.repaired?.() ?? false } : {}),
  };
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
    quitting = true;
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

  // the environment wins (development, tests); else the provider profile of the settings
  const envApiUrl = process.env['KC_API_URL']?.trim();
  const fromEnv = envApiUrl ? resolveApiUrl(envApiUrl) : null;
  if (fromEnv && !fromEnv.ok) {
    dialog.showErrorBox(texts.appName, texts.errors.insecureApi(fromEnv.reason));
    app.quit();
    return;
  }

  denyAllPermissions(session.defaultSession);
  installCspHeaders(session.defaultSession, policy);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));

  const [secrets, storedSettings] = await Promise.all([
    openSecretStore({
      service: APP_ID,
      profile: secretProfile(app.getPath('userData'), join(app.getPath('appData'), app.getName())),
      log,
    }),
    openElectronSettingsStore(ipcMain, log, buildDefaults(app.isPackaged)),
  ]);
  const settings = watchSettings(storedSettings);
  appSettings = settings;
  applyTexts(settings.get().language);
  const apiUrl = fromEnv?.url ?? apiUrlFromSettings(settings.get(), DEFAULT_API_URL, log);
  applySpellCheckLanguage(session.defaultSession, settings.get().language, process.platform, log);
  // the OS keeps the login item; set it again so a moved or updated app is the one started
  if (app.isPackaged) applyStartAtLogin(settings.get().startAtLogin, loginItem());
  const core = createCore({
    apiUrl,
    dataDir: app.getPath('userData'),
    host: 'electron',
    version: app.getVersion(),
    secrets,
    settings,
    ...electronPorts({
      apiUrl,
      log,
      mainWindow: () => mainWindow,
      onNotificationClick: openNotificationTarget,
      replyPlaceholder: () => texts.notificationReply,
      onReply: (target, text) => void wiredCore?.replyToNotification(target, text),
      onUnread: (count) => tray?.setUnread(count),
    }),
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

  tray = createAppTray({
    Tray,
    Menu,
    icon: trayIcon(),
    texts,
    onOpen: () => openMainWindow(),
    onSyncNow: () => {
      core.router
        .handle('sync:now', undefined)
        .catch((error: unknown) => log.warn('tray: sync failed', { reason: String(error) }));
    },
    onQuit: () => app.quit(),
  });

  // a link the app was started with (Windows, Linux: argv; macOS: open-url before ready)
  const firstLink = pendingLink ?? deepLinkInArgv(process.argv);
  pendingLink = null;
  // started at login: only the tray icon, the window comes when the person asks for it
  if (firstLink || !startedHidden(process.argv, app, process.platform)) {
    openMainWindow(firstLink ? routeOfLink(firstLink) : undefined);
  }
  startAutoUpdate({
    autoUpdater,
    isPackaged: app.isPackaged,
    profile: settings.get().apiProfile,
    log,
    dataDir: app.getPath('userData'),
  });
  await core.start();
}

/** Makes the OS hand kundencenter:// links to this app (installers register it too). */
function registerDeepLinkScheme(): void {
  // an unpackaged app runs as `electron <path>`: the OS must call it with the same path
  const dev: [path?: string, args?: string[]] =
    process.defaultApp && process.argv[1] ? [process.execPath, [resolve(process.argv[1])]] : [];
  // Reviewed: every link the OS hands over goes through the strict parser of
  // src/shared/deep-links.ts; an unknown or malformed one is logged and never navigated to.
  const ok = app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, ...dev); // eng-disable PROTOCOL_HANDLER_JS_CHECK
  if (!ok) log.warn('deep links: the kundencenter: scheme could not be registered');
}

// Before `ready`: these shape how Chromium starts.
registerAppScheme(protocol);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installWebContentsGuards(app, policy, shell);
  registerDeepLinkScheme();
  // A second start (and a click on the macOS dock) brings the running app to the front; a
  // second start with a link (Windows, Linux) hands the link over.
  const reopen = (): void => {
    if (wired) openMainWindow();
  };
  app.on('second-instance', (_event, argv: string[]) => {
    const link = deepLinkInArgv(argv ?? []);
    if (link) openDeepLink(link);
    else reopen();
  });
  // macOS hands links over by event, also before `ready`
  app.on('open-url', (event, link) => {
    event.preventDefault();
    openDeepLink(link);
  });
  app.on('activate', reopen);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    log.error('startup failed', { reason: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox(texts.appName, texts.errors.startFailed);
    app.quit();
  });
}
