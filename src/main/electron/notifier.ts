/** The Notifier port on Electron's system notifications. */
import type { Notification as ElectronNotification } from 'electron';
import type { Logger } from '../core/app-core-types';
import type { Notification, Notifier } from '../core/ports';

export type NotificationTarget = NonNullable<Notification['target']>;

export interface ElectronNotifierOptions {
  Notification: typeof ElectronNotification;
  /** a click on a notification: focus the app and open what it is about */
  onClick: (target: NotificationTarget | null) => void;
  log?: Logger;
}

export function createElectronNotifier(options: ElectronNotifierOptions): Notifier {
  // Held until clicked or closed: a notification that is garbage-collected loses its click.
  const live = new Set<ElectronNotification>();
  return {
    show(notification) {
      if (!options.Notification.isSupported()) {
        options.log?.info('notify: system notifications are not supported here');
        return;
      }
      const shown = new options.Notification({
        title: notification.title,
        body: notification.body,
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
      shown.on('failed', (_event, error) => {
        release();
        options.log?.warn('notify: could not show a notification', { reason: error });
      });
      shown.show();
    },
  };
}
