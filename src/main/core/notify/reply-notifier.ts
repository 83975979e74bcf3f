/**
 * Tells the person when support answered (or closed a ticket), through the Notifier port.
 * Runs after each sync pass that changed tickets (SSE events lead to such a pass at once).
 * What was already told is remembered in the encrypted cache — the staff message ids seen per
 * ticket and its last status — so nothing is shown twice, also across restarts. The very first
 * look after sign-in only takes note: history is not news. The person's own messages (and
 * those of other users of the account) are never news either.
 */
import type { Ticket, TicketDetail, TicketMessage } from '../../../shared/support/types';
import type { Settings } from '../../../shared/domain';
import type { Notification } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';

export const NOTIFIED = 'support-notified';
/** staff message ids kept per ticket (the newest; older ones are below `since` anyway) */
const KEEP_IDS = 200;
const PREVIEW = 120;

interface TicketMark {
  staffIds: string[];
  status: Ticket['status'];
  /** as of the thread last looked at; another value means something happened */
  lastActivityAt: string;
}

interface NotifiedState {
  /** the newest activity (server time) when notes began: nothing at or before it is news */
  since: string;
  tickets: Record<string, TicketMark>;
}

export interface ReplyNotifierOptions {
  cache: EncryptedCache;
  settings: () => Settings;
  show(notification: Notification): void;
  /** the cached list and detail (reads of the sync engine) */
  list(): Promise<Ticket[] | null>;
  /** the cached thread, or (when an unread ticket's thread is not cached) fetched */
  detail(ticket: Ticket): Promise<TicketDetail | null>;
}

export class ReplyNotifier {
  /** tickets the person closed here: their closing is not news */
  private readonly ownCloses = new Set<string>();
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: ReplyNotifierOptions) {}

  /** The person closes this ticket now. */
  closingOwn(ticketId: string): void {
    this.ownCloses.add(ticketId);
  }

  /** Looks at the cached tickets once more (one look at a time). */
  check(): Promise<void> {
    this.running = this.running.then(() => this.look()).catch(() => undefined);
    return this.running;
  }

  private async look(): Promise<void> {
    const tickets = await this.options.list();
    if (!tickets) return;
    const stored = await this.options.cache.getJson<NotifiedState>(NOTIFIED);
    if (!stored) {
      // the first look: everything there is history (nothing older than `since` is news)
      const tickets0: Record<string, TicketMark> = {};
      for (const ticket of tickets) tickets0[ticket.id] = markOf(ticket, []);
      await this.options.cache.putJson(NOTIFIED, { since: newest(tickets), tickets: tickets0 });
      return;
    }
    const state = stored;
    // a ticket gone from the list is forgotten
    for (const id of Object.keys(state.tickets)) {
      if (!tickets.some((ticket) => ticket.id === id)) delete state.tickets[id];
    }
    const news: Notice[] = [];
    let dirty = false;
    for (const ticket of tickets) {
      const mark = state.tickets[ticket.id];
      if (mark?.status === ticket.status && mark.lastActivityAt === ticket.lastActivityAt) continue;
      const detail = await this.options.detail(ticket);
      // not to be had now (offline): looked at again next time
      if (!detail) continue;
      const seen = new Set(mark?.staffIds ?? []);
      const staff = detail.messages.filter((message) => message.author === 'staff');
      for (const message of staff) {
        if (seen.has(message.id) || message.createdAt <= state.since) continue;
        news.push(notice(detail, message));
      }
      const closedNow =
        ticket.status === 'closed' && mark !== undefined && mark.status !== 'closed';
      if (closedNow && !this.ownCloses.has(ticket.id)) news.push(notice(detail, null));
      this.ownCloses.delete(ticket.id);
      const ids = [...seen, ...staff.map((message) => message.id).filter((id) => !seen.has(id))];
      state.tickets[ticket.id] = markOf(detail, ids.slice(-KEEP_IDS));
      dirty = true;
    }
    if (!dirty) return;
    // remembered before shown: a crash in between loses a notice rather than showing it twice
    await this.options.cache.putJson(NOTIFIED, state);
    const settings = this.options.settings();
    for (const { kind, notification } of news) {
      if (kind === 'reply' && !settings.notifyTicketReplies) continue;
      if (kind === 'closed' && !settings.notifyTicketClosed) continue;
      this.options.show(notification);
    }
  }
}

function markOf(ticket: Ticket, staffIds: string[]): TicketMark {
  return { staffIds, status: ticket.status, lastActivityAt: ticket.lastActivityAt };
}

type Notice = { kind: 'reply' | 'closed'; notification: Notification };

/** Title: the ticket's subject; body: the reply's start (or, closed, the ticket number). */
function notice(ticket: Ticket, message: TicketMessage | null): Notice {
  const text = message ? message.body.replace(/\s+/g, ' ').trim() : ticket.number;
  return {
    kind: message ? 'reply' : 'closed',
    notification: {
      title: ticket.subject,
      body: text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text,
      target: message
        ? { kind: 'ticket', id: ticket.id, reply: true }
        : { kind: 'ticket', id: ticket.id },
    },
  };
}

function newest(tickets: Ticket[]): string {
  return tickets.reduce(
    (max, ticket) => (ticket.lastActivityAt > max ? ticket.lastActivityAt : max),
    '',
  );
}
