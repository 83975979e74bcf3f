/**
 * The web host's Notifier, Clipboard and record of saved files: a browser tab has neither
 * system notifications nor our clipboard nor a native save dialog, so the host records what
 * the app would have shown, copied or saved. End-to-end tests read the record through the
 * host's token-guarded test endpoint.
 */
import type { Clipboard, Notification, Notifier } from '../core/ports';

export interface Download {
  /** the file name in the download folder */
  name: string;
  size: number;
}

export interface Recorder extends Notifier, Clipboard {
  recordDownload(download: Download): void;
  snapshot(): { notifications: Notification[]; clipboard: string; downloads: Download[] };
}

export function createRecorder(): Recorder {
  const notifications: Notification[] = [];
  const downloads: Download[] = [];
  let clipboard = '';
  return {
    show(notification) {
      notifications.push(notification);
    },
    writeText(text) {
      clipboard = text;
    },
    recordDownload(download) {
      downloads.push(download);
    },
    snapshot: () => ({ notifications: [...notifications], clipboard, downloads: [...downloads] }),
  };
}
