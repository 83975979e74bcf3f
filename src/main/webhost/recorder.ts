/**
 * The web host's Notifier and Clipboard: a browser tab has neither system notifications nor
 * our clipboard, so the host records what the app would have shown or copied. End-to-end tests
 * read the record through the host's token-guarded test endpoint.
 */
import type { Clipboard, Notification, Notifier } from '../core/ports';

export interface Recorder extends Notifier, Clipboard {
  snapshot(): { notifications: Notification[]; clipboard: string };
}

export function createRecorder(): Recorder {
  const notifications: Notification[] = [];
  let clipboard = '';
  return {
    show(notification) {
      notifications.push(notification);
    },
    writeText(text) {
      clipboard = text;
    },
    snapshot: () => ({ notifications: [...notifications], clipboard }),
  };
}
