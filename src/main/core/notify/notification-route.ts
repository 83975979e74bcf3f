/** Where a click on a system notification leads in the renderer. */
import { noticeRoute } from '../../../shared/dashboard/routes';
import { REPLY_PARAM } from '../../../shared/support/routes';
import type { Notification } from '../ports';

/** The renderer route of a notification's target; null when it names nothing we show. */
export function notificationRoute(target: Notification['target'] | null): string | null {
  if (target?.kind === 'ticket' && target.id) {
    const thread = `/support/tickets/${encodeURIComponent(target.id)}`;
    // a staff reply asks for an answer: the thread opens with its reply box focused
    return target.reply ? `${thread}?${REPLY_PARAM}=1` : thread;
  }
  if (target?.kind === 'invoice' && target.id) {
    return `/billing/invoices/${encodeURIComponent(target.id)}`;
  }
  if (target?.kind === 'notice' && target.id) {
    return noticeRoute(target.id);
  }
  return null;
}
