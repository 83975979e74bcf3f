/** The Notifier port on Electron's system notifications. */
import type { Notification as ElectronNotification } from 'electron';
import type { Logger } from '../core/app-core-types';
import type { Notification, Notifier } from '../core/ports';

export type NotificationTarget = NonNullable<Notification['target']>;

export interface ElectronNotifierOptions {
  Notification: typeof ElectronNotification;
  /** a click on a notification: focus the app and open what it is about */
  onClick: (target: NotificationTarget | null) => void;
  /**
   * the OS's reply field where it has one (macOS: `hasReply`); missing: no field is offered and
   * a click opens the reply box instead. Windows toasts need a toastXml input, not offered yet.
   */
  reply?: {
    placeholder: () => string;
    onReply: (target: NotificationTarget, text: string) => void;
  };
  log?: Logger;
}

export interface ElectronNotifier extends Notifier {
  /** how many notifications are held for their click (each until clicked, closed or failed) */
  held(): number;
}

export function createElectronNotifier(options: ElectronNotifierOptions): ElectronNotifier {
  // Held until clicked or closed: a notification that is garbage-collected loses its click.
  const live = new Set<ElectronNotification>();
  return {
    held: () => live.size,
    show(notification) {
      if (!options.Notification.isSupported()) {
        options.log?.info('notify: system notifications are not supported here');
        return;
      }
      const target = notification.target;
      const reply = target?.reply ? options.reply : undefined;
      const shown = new options.Notification({
        title: notification.title,
        body: notification.body,
        ...(reply ? { hasReply: true, replyPlaceholder: reply.placeholder() } : {}),
      });
      live.add(shown);
      const release = (): void => {
        live.delete(shown);
      };
      shown.on('click', () => {
        release();
        options.onClick(notification.target ?? null);
      });
      shown.on('close', release);
      if (reply && target) {
        shown.on('reply', (_event, text) => {
          release();
          reply.onReply(target, text);
        });
      }
      shown.on('failed', (_event, error) => {
        release();
        options.log?.warn('notify: could not show a notification', { reason: error });
      });
      shown.show();
    },
  };
}
