/**
 * What was typed belongs to the person signed in: drafts of a new ticket and of replies are
 * dropped when the session ends, so the next person at this device does not find them.
 */
import { useSessionStore } from '../app/session-store';
import { resetNewTicketStore } from './new-ticket-store';
import { resetReplyStore } from './reply-store';

let following = false;

/** Starts forgetting drafts at sign-out (once per app run). */
export function forgetDraftsOnSignOut(): void {
  if (following) return;
  following = true;
  useSessionStore.subscribe((now, before) => {
    if (before.session?.status === 'signedIn' && now.session?.status !== 'signedIn') {
      resetNewTicketStore();
      resetReplyStore();
    }
  });
}
