/**
 * The core's ports on Electron: system notifications (with macOS's reply field), the dock
 * badge, clipboard, external browser, save dialog, Touch ID, Chromium's network stack and the
 * power and network signals. main.ts hands them to createCore; what they call back into the
 * shell (the window, the tray, the core itself) comes in as functions.
 */
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  net,
  Notification,
  powerMonitor,
  session,
  shell,
  systemPreferences,
} from 'electron';
import type { CoreOptions, Logger } from '../core/app-core-types';
import { createElectronClipboard } from './clipboard';
import { createElectronBrowser } from './external-browser';
import { createElectronLocalAuth } from './local-auth';
import { createElectronNetwork } from './network';
import { createElectronNotifier, type NotificationTarget } from './notifier';
import { createElectronOnlineSignals } from './online-signals';
import { createElectronSaveDialog } from './save-dialog';
import { createElectronScreenSignals } from './screen-signals';

export interface ElectronPortsDeps {
  apiUrl: string;
  log: Logger;
  mainWindow: () => BrowserWindow | null;
  onNotificationClick: (target: NotificationTarget | null) => void;
  /** the placeholder of macOS's reply field, in the current language */
  replyPlaceholder: () => string;
  onReply: (target: NotificationTarget, text: string) => void;
  /** the unread count, for the tray beside the badge */
  onUnread: (count: number) => void;
}

type ElectronPorts = Pick<
  CoreOptions,
  | 'notifier'
  | 'badge'
  | 'clipboard'
  | 'browser'
  | 'saveDialog'
  | 'localAuth'
  | 'network'
  | 'onlineSignals'
  | 'screenSignals'
>;

export function electronPorts(deps: ElectronPortsDeps): ElectronPorts {
  return {
    notifier: createElectronNotifier({
      Notification,
      onClick: deps.onNotificationClick,
      // only macOS offers a reply field on a notification; elsewhere a click opens the reply box
      ...(process.platform === 'darwin'
        ? {
            reply: {
              placeholder: deps.replyPlaceholder,
              onReply: deps.onReply,
            },
          }
        : {}),
      log: deps.log,
    }),
    // the dock badge (macOS) or launcher count (Linux); Windows has none for a plain count,
    // so the tray's tooltip says it everywhere
    badge: {
      setCount: (count) => {
        app.setBadgeCount(count);
        deps.onUnread(count);
      },
    },
    clipboard: createElectronClipboard(clipboard, deps.log),
    browser: createElectronBrowser(shell, deps.apiUrl),
    saveDialog: createElectronSaveDialog({
      dialog,
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? deps.mainWindow(),
      downloadsDir: () => app.getPath('downloads'),
      log: deps.log,
    }),
    localAuth: createElectronLocalAuth(systemPreferences, process.platform, deps.log),
    // the API and the event stream through Chromium's stack: system proxy, PAC, OS certificates
    network: createElectronNetwork(net, session.defaultSession),
    onlineSignals: createElectronOnlineSignals({ powerMonitor, isOnline: () => net.isOnline() }),
    screenSignals: createElectronScreenSignals(powerMonitor),
  };
}
