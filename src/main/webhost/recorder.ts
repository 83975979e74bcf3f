/**
 * The web host's Notifier, Clipboard, LocalAuth, Badge, ExternalBrowser and record of saved
 * files: a browser tab has neither system notifications nor our clipboard nor an OS prompt nor
 * a native save dialog nor the system browser, so the host records what the app would have
 * shown, copied, asked, opened or saved. End-to-end tests read the record through the host's
 * token-guarded test endpoint.
 */
import {
  noLocalAuth,
  type Badge,
  type Clipboard,
  type ExternalBrowser,
  type LocalAuth,
  type Notification,
  type Notifier,
} from '../core/ports';

export interface Download {
  /** the file name in the download folder */
  name: string;
  size: number;
}

/** What the app did with the clipboard, in order (no content: that is `clipboard`). */
export type ClipboardOp = 'write' | 'read' | 'clear';

export interface Recorded {
  notifications: Notification[];
  /** what the clipboard holds now */
  clipboard: string;
  clipboardOps: ClipboardOp[];
  downloads: Download[];
  /** the reasons of the OS prompts the app showed (only with KC_TEST_LOCAL_AUTH=allow) */
  localAuthPrompts: string[];
  /** the unread count the app badge would show (null: never set) */
  badge: number | null;
  /** the pages the app opened in the system browser (payment pages), in order */
  openedUrls: string[];
}

export interface Recorder extends Notifier, Clipboard, Badge, ExternalBrowser {
  /** the OS confirmation: unavailable, or a stand-in that always says yes (for e2e) */
  readonly localAuth: LocalAuth;
  recordDownload(download: Download): void;
  snapshot(): Recorded;
}

export function createRecorder(options: { localAuth?: 'allow' } = {}): Recorder {
  const notifications: Notification[] = [];
  const downloads: Download[] = [];
  const clipboardOps: ClipboardOp[] = [];
  const localAuthPrompts: string[] = [];
  const openedUrls: string[] = [];
  let clipboard = '';
  let badge: number | null = null;
  const localAuth: LocalAuth =
    options.localAuth === 'allow'
      ? {
          available: () => true,
          confirm(reason) {
            localAuthPrompts.push(reason);
            return Promise.resolve(true);
          },
        }
      : noLocalAuth;
  return {
    localAuth,
    show(notification) {
      notifications.push(notification);
    },
    writeText(text) {
      clipboard = text;
      clipboardOps.push('write');
    },
    readText() {
      clipboardOps.push('read');
      return Promise.resolve(clipboard);
    },
    clear() {
      clipboard = '';
      clipboardOps.push('clear');
    },
    setCount(count) {
      badge = count;
    },
    recordDownload(download) {
      downloads.push(download);
    },
    open(url) {
      openedUrls.push(url);
      return Promise.resolve();
    },
    snapshot: () => ({
      notifications: [...notifications],
      clipboard,
      clipboardOps: [...clipboardOps],
      downloads: [...downloads],
      localAuthPrompts: [...localAuthPrompts],
      badge,
      openedUrls: [...openedUrls],
    }),
  };
}
