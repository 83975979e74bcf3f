/** Where a click on a system notification leads in the renderer. */
import { noticeRoute } from '../../../shared/dashboard/routes';
import type { Notification } from '../ports';

/** The renderer route of a notification's target; null when it names nothing we show. */
export function notificationRoute(target: Notification['target'] | null): string | null {
  if (target?.kind === 'ticket' && target.id) {
    return `/support/tickets/${encodeURIComponent(target.id)}`;
  }
  if (target?.kind === 'invoice' && target.id) {
    return `/billing/invoices/${encodeURIComponent(target.id)}`;
  }
  if (target?.kind === 'notice' && target.id) {
    return noticeRoute(target.id);
  }
  return null;
}
