/**
 * A stand-in for the 'electron' module in unit tests (`vi.mock('electron', …)`): importing the
 * real one from plain Node would try to download the Electron binary. It records what the
 * code under test asks of Electron and lets a test play the events.
 */
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { vi } from 'vitest';

/**
 * A fake of Electron's `T`: only members the real one has, and every method takes the real
 * one's arguments. With `satisfies` an API drift of Electron (a member renamed, gone, or taking
 * other arguments) fails the typecheck instead of leaving tests green on a fake that lies.
 */
type Fake<T> = { [K in keyof T]?: FakeValue<T[K]> };
/** (distributes over unions: a `WebFrameMain | null` is faked by a fake frame or null) */
type FakeValue<V> = V extends (...args: infer A) => unknown
  ? (...args: A) => unknown
  : V extends object
    ? Fake<V>
    : V;
/**
 * `true` when a fake class's instances mirror the real class: every member but the test-only
 * ones (and EventEmitter's) exists on the real one and takes its arguments.
 */
type Mirrors<F, R, TestOnly extends keyof F = never> =
  Omit<F, TestOnly | keyof EventEmitter> extends Fake<R>
    ? [Exclude<keyof Omit<F, TestOnly | keyof EventEmitter>, keyof R>] extends [never]
      ? true
      : false
    : false;

export interface FakeFrame {
  frameTreeNodeId: number;
  origin: string;
  url: string;
  parent: FakeFrame | null;
}

let nextFrameId = 1;

/** A frame with its own id, counted up like Chromium's, so a failing run fails the same way again. */
export function fakeFrame(url: string, origin: string, parent: FakeFrame | null = null): FakeFrame {
  return { frameTreeNodeId: nextFrameId++, origin, url, parent };
}

/** A WebContents with just what the shell touches. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly send = vi.fn();
  zoomFactor = 1;
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  constructor(
    public mainFrame: FakeFrame = fakeFrame('app://kundencenter/index.html', 'app://kundencenter'),
  ) {
    super();
  }
  setWindowOpenHandler(
    handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse,
  ): void {
    // tests ask with the one field the guard reads
    this.windowOpenHandler = handler as unknown as (details: { url: string }) => { action: string };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  /** the window a test has marked focused */
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  /** what the next windows' loadURL answers */
  static loadResult: () => Promise<void> = () => Promise.resolve();
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn((_url: string) => FakeBrowserWindow.loadResult());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly hide = vi.fn();
  destroyed = false;
  minimized = false;
  maximized = false;
  fullScreen = false;
  normalBounds = { x: 10, y: 20, width: 1200, height: 800 };
  constructor(public readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
}

/** A tray icon that keeps what the shell set on it. */
export class FakeTray extends EventEmitter {
  static readonly instances: FakeTray[] = [];
  tooltip = '';
  title = '';
  menu: { template: Record<string, unknown>[] } | null = null;
  readonly destroy = vi.fn();
  constructor(public readonly image: unknown) {
    super();
    FakeTray.instances.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setContextMenu(menu: Electron.Menu | null): void {
    // the fake Menu.buildFromTemplate returns its template (see createFakeElectron)
    this.menu = menu as unknown as { template: Record<string, unknown>[] } | null;
  }
}

export class FakeNotification extends EventEmitter {
  static readonly instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly show = vi.fn();
  constructor(public readonly options: { title: string; body: string }) {
    super();
    FakeNotification.instances.push(this);
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

type ElectronHeadersListener = NonNullable<Parameters<Electron.WebRequest['onHeadersReceived']>[0]>;

export function createFakeSession() {
  const session = {
    headersListener: null as HeadersListener | null,
    ...({
      webRequest: {
        onHeadersReceived: vi.fn((listener: ElectronHeadersListener | null) => {
          // tests play the response with the fields the CSP code reads
          session.headersListener = listener as unknown as HeadersListener | null;
        }),
      },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      resolveProxy: vi.fn((_url: string) => Promise.resolve('DIRECT')),
      availableSpellCheckerLanguages: ['de-DE', 'en-GB', 'en-US'],
      setSpellCheckerLanguages: vi.fn((_languages: string[]) => undefined),
    } satisfies Fake<Electron.Session>),
  };
  return session;
}

export function createFakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return {
    handlers,
    ...({
      handle: vi.fn(
        (
          channel: string,
          handler: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown,
        ) => {
          if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
          // tests play the sender with a stand-in event
          handlers.set(channel, handler as (event: unknown, ...args: unknown[]) => unknown);
        },
      ),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
      removeAllListeners: vi.fn(),
    } satisfies Fake<Electron.IpcMain>),
  };
}

/** the classes, checked by FAKE_CLASSES_MIRROR_ELECTRON */
type FakeClassName = 'BrowserWindow' | 'Notification' | 'Tray';

/** The whole module, as main.ts imports it. */
export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false as boolean,
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    // the app's own profile folder: userData is appData/<name>, as Electron makes it
    getPath: vi.fn((name: string) =>
      name === 'userData' ? '/fake/appData/Kundencenter' : `/fake/${name}`,
    ),
    getName: vi.fn(() => 'Kundencenter'),
    getVersion: vi.fn(() => '0.1.0'),
    setAsDefaultProtocolClient: vi.fn((_scheme: string, ..._args: unknown[]) => true),
    setBadgeCount: vi.fn((_count?: number) => true),
    setLoginItemSettings: vi.fn((_settings: Electron.Settings) => undefined),
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false, wasOpenedAtLogin: false })),
  } satisfies Fake<Electron.App>);
  const fakeImage = { resize: vi.fn(() => fakeImage), isEmpty: vi.fn(() => false) };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    clipboard: {
      writeText: vi.fn((_text: string) => Promise.resolve()),
      readText: vi.fn(() => Promise.resolve('')),
      clear: vi.fn(),
    } satisfies Fake<Electron.Clipboard>,
    dialog: {
      showErrorBox: vi.fn(),
      /** answers "cancelled" unless a test says where to save */
      showSaveDialog: vi.fn(
        (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> =>
          Promise.resolve({ canceled: true }),
      ),
    } satisfies Fake<Electron.Dialog>,
    ipcMain: createFakeIpcMain(),
    Menu: {
      buildFromTemplate: vi.fn(
        (template: (Electron.MenuItemConstructorOptions | Electron.MenuItem)[]) => ({
          template: template as Record<string, unknown>[],
        }),
      ),
      setApplicationMenu: vi.fn(),
    } satisfies Fake<typeof Electron.Menu>,
    nativeImage: {
      createFromPath: vi.fn((_path: string) => fakeImage),
    } satisfies Fake<typeof Electron.nativeImage>,
    screen: {
      getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
    } satisfies Fake<Electron.Screen>,
    Tray: FakeTray,
    net: {
      isOnline: vi.fn(() => true),
      // Node's fetch stands in for Chromium's (same contract)
      fetch: vi.fn((input: string | Request, init?: RequestInit) => fetch(input, init)),
    } satisfies Fake<Electron.Net>,
    powerMonitor: Object.assign(new EventEmitter(), {
      getSystemIdleTime: () => 0,
    } satisfies Fake<Electron.PowerMonitor>),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    } satisfies Fake<Electron.Protocol>,
    session: { defaultSession: createFakeSession() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) } satisfies Fake<Electron.Shell>,
    systemPreferences: {
      canPromptTouchID: vi.fn(() => true),
      promptTouchID: vi.fn((_reason: string) => Promise.resolve()),
    } satisfies Fake<Electron.SystemPreferences>,
  } satisfies Fake<Omit<typeof Electron, FakeClassName>> & Record<FakeClassName, unknown>;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

// the fake classes against Electron's (a `false` here is a type error: see Mirrors)
export const FAKE_CLASSES_MIRROR_ELECTRON: [
  Mirrors<FakeWebContents, Electron.WebContents, 'windowOpenHandler' | 'destroyed' | 'zoomFactor'>,
  Mirrors<
    FakeBrowserWindow,
    Electron.BrowserWindow,
    'options' | 'destroyed' | 'minimized' | 'maximized' | 'fullScreen' | 'normalBounds'
  >,
  Mirrors<FakeTray, Electron.Tray, 'tooltip' | 'title' | 'menu' | 'image'>,
  Mirrors<FakeNotification, Electron.Notification, 'options'>,
  Mirrors<FakeFrame, Electron.WebFrameMain, 'parent'>,
] = [true, true, true, true, true];
