/** The core's face towards its two composition roots (Electron shell and web host). */
import type { EventName } from '../../shared/ipc-names';
import type { EventPayloads } from '../../shared/ipc';
import type { IpcResult } from '../../shared/domain';
import type {
  Badge,
  Clipboard,
  Clock,
  ExternalBrowser,
  LocalAuth,
  NetworkStack,
  Notification,
  Notifier,
  OnlineSignals,
  SaveDialog,
  SecretStore,
  SettingsStore,
} from './ports';

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export interface CoreOptions {
  /** base URL of the Kundencenter API; https, or http on loopback only */
  apiUrl: string;
  /** folder for the encrypted cache (the app's userData in Electron) */
  dataDir: string;
  host: 'electron' | 'web';
  version: string;
  secrets: SecretStore;
  settings: SettingsStore;
  notifier: Notifier;
  clipboard: Clipboard;
  saveDialog: SaveDialog;
  /** the unread tickets on the app's icon; missing: not shown */
  badge?: Badge;
  /** the system browser for a payment page; missing: online payment is not offered */
  browser?: ExternalBrowser;
  /** the OS confirmation for an offline credentials unlock; missing: not available */
  localAuth?: LocalAuth;
  clock?: Clock;
  /** the stack for the API and the event stream; missing: Node's (see NetworkStack) */
  network?: NetworkStack;
  onlineSignals?: OnlineSignals;
  log?: Logger;
  /** pauses of the background sync; the defaults suit people, tests shorten them */
  syncTimings?: {
    pollMs?: number;
    offlineMinMs?: number;
    offlineMaxMs?: number;
    /** pause between two prefetched invoice PDFs */
    prefetchGapMs?: number;
  };
}

/** Transport-agnostic: ipcMain and the web host's WebSocket both call `handle`. */
export interface IpcRouter {
  handle(channel: string, input: unknown): Promise<IpcResult<unknown>>;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface Core {
  readonly router: IpcRouter;
  onEvent(listener: CoreEventListener): () => void;
  /** restore the session from the vault and start syncing */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** the person clicked a system notification: the renderer is told to show what it is about */
  openNotification(target: Notification['target'] | null): void;
  /**
   * A `kundencenter://` link from outside: the renderer is told to show its screen
   * ('app:navigate'); an unknown or malformed one is logged and ignored. True when it navigated.
   */
  openDeepLink(url: string): boolean;
}
