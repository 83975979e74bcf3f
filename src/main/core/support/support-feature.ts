/**
 * "Support" in the core: tickets synced as a collection (list and threads readable offline),
 * replies through the outbox (kept encrypted, sent exactly once), the live event stream that
 * makes the sync fetch a change at once, system notifications for staff replies, and the
 * unread count on the app's badge.
 */
import type { Cached } from '../../../shared/domain';
import type { SupportChannel } from '../../../shared/support/ipc-names';
import type { TicketView } from '../../../shared/support/ipc';
import type { Ticket, TicketDetail } from '../../../shared/support/types';
import { ApiError } from '../api/api-error';
import { EventStream } from '../events/event-stream';
import type { Feature, FeatureContext } from '../feature';
import { ReplyNotifier } from '../notify/reply-notifier';
import { Outbox } from '../outbox/outbox';
import { AttachmentFiles } from './attachment-store';
import { decodeFiles, renameAttachmentFields } from './attachment-files';
import { SUPPORT_RESOURCES, TICKETS } from './ticket-resources';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export { SUPPORT_RESOURCES };

/** 'data:changed' resource of the outbox (queued replies). */
export const OUTBOX_RESOURCE = 'outbox';

export function createSupportFeature(ctx: FeatureContext): Feature<SupportChannel> {
  const { options, clock, session } = ctx;
  // the outbox and the stream try again with the pauses the sync uses while offline
  const retryMinMs = options.syncTimings?.offlineMinMs;
  const retryMaxMs = options.syncTimings?.offlineMaxMs;
  const api = session.api;
  const cache = () => ctx.live()?.cache ?? null;

  const unreadCount = async (): Promise<number> => {
    const list = await ctx
      .live()
      ?.sync.read<Ticket[]>(TICKETS)
      .catch(() => null);
    return (list?.data ?? []).filter((ticket) => ticket.unread).length;
  };
  let badgeShown = -1;
  const updateBadge = async (): Promise<void> => {
    const count = await unreadCount();
    if (count === badgeShown) return;
    badgeShown = count;
    options.badge?.setCount(count);
  };
  const afterWrite = (ticketId: string): Promise<void> =>
    (ctx.live()?.sync.refreshItem(TICKETS, ticketId) ?? Promise.resolve())
      .then(updateBadge)
      .catch((error: unknown) =>
        options.log?.warn('support: ticket refresh failed', { error: String(error) }),
      );

  const outbox = new Outbox({
    api,
    cache,
    clock,
    onChange: () => ctx.emit('data:changed', { resource: OUTBOX_RESOURCE }),
    onSent: (ticketId) => void afterWrite(ticketId),
    log: options.log,
    retryMinMs,
    retryMaxMs,
  });
  const files = new AttachmentFiles(api, cache);

  let notifier: ReplyNotifier | null = null;
  const notifierFor = (): ReplyNotifier | null => {
    const live = ctx.live();
    if (!live) return null;
    notifier ??= new ReplyNotifier({
      cache: live.cache,
      settings: () => options.settings.get(),
      show: (notification) => options.notifier.show(notification),
      list: async () => (await live.sync.read<Ticket[]>(TICKETS))?.data ?? null,
      detail: async (ticket) =>
        (await live.sync.loadItem<TicketDetail>(TICKETS, ticket.id).catch(() => null))?.data ??
        null,
    });
    return notifier;
  };

  /**
   * A change arrived live (its cursor), or the stream asks for a resync (null): a sync pass
   * now, unless the pass under way or just done read the log that far already. Events that
   * come meanwhile wait, and only the newest of them is asked about: a burst (an invoice paid
   * names the invoice, the statement and its contracts) costs one pass, not one each.
   */
  let poking = false;
  let waiting: { cursor: string | null } | null = null;
  const takeWaiting = () => {
    const next = waiting;
    waiting = null;
    return next;
  };
  const poke = async (cursor: string | null): Promise<void> => {
    if (poking) {
      // a resync among them asks for a pass whatever the cursors say
      waiting = { cursor: waiting?.cursor === null ? null : cursor };
      return;
    }
    poking = true;
    try {
      for (let next = { cursor }; ;) {
        const sync = ctx.live()?.sync;
        if (!sync) return;
        if (next.cursor === null || !(await sync.hasReached(next.cursor))) {
          const joined = sync.current.syncing;
          await sync.syncNow();
          if (joined) await sync.syncNow();
        }
        const more = takeWaiting();
        if (!more) break;
        next = more;
      }
    } finally {
      poking = false;
    }
  };
  /** The client refreshes the token when a call hears 401: a sync pass is such a call. */
  const renewToken = async (): Promise<void> => {
    await ctx.live()?.sync.syncNow();
  };
  let stream: EventStream | null = null;

  const markingRead = new Set<string>();
  const markRead = async (id: string): Promise<void> => {
    if (markingRead.has(id)) return;
    markingRead.add(id);
    try {
      // an empty JSON body: a POST without one is refused as an unknown media type
      await api.request({
        method: 'POST',
        path: `/v1/tickets/${encodeURIComponent(id)}/read`,
        body: {},
      });
      await afterWrite(id);
    } catch (error) {
      options.log?.info('support: could not mark read', { error: String(error) });
    } finally {
      markingRead.delete(id);
    }
  };

  const notFound = (error: unknown): unknown =>
    error instanceof ApiError && error.status === 404
      ? new ApiError(404, 'ticket_not_found')
      : error;

  return {
    handlers: {
      'tickets:list': async () => (await ctx.live()?.sync.read<Ticket[]>(TICKETS)) ?? null,
      'tickets:get': async ({ id }) => {
        const live = ctx.live();
        if (!live) return null;
        const doc = await live.sync.loadItem<TicketDetail>(TICKETS, id);
        if (!doc) return null;
        if (doc.data.unread && live.sync.current.online) void markRead(id);
        const pending = await outbox.list(id);
        return { ...doc, data: { ...doc.data, pending } } satisfies Cached<TicketView>;
      },
      'tickets:create': async ({ attachments, message, ...ticket }) => {
        const { sync } = ctx.signedIn();
        const queued = await outbox.addTicket(ticket, message, decodeFiles(attachments));
        // offline nothing is waited for: the entry is sent once the server answers again
        if (!sync.current.online) return { queued: true, entry: queued.entry };
        const first = await queued.firstTry;
        if (first.kind === 'sent' && first.ticket) {
          await sync.refreshItem(TICKETS, first.ticket.id).catch(() => undefined);
          return { queued: false, ticket: first.ticket };
        }
        if (first.kind === 'refused') {
          // the form still holds what was typed: the person corrects it there, not in the outbox
          await outbox.discard(queued.entry.id).catch(() => undefined);
          throw renameAttachmentFields(first.error);
        }
        return { queued: true, entry: queued.entry };
      },
      'tickets:reply': async ({ ticketId, body, attachments }) => {
        const { sync } = ctx.signedIn();
        const list = await sync.read<Ticket[]>(TICKETS);
        if (list && !list.data.some((ticket) => ticket.id === ticketId)) {
          throw new ApiError(404, 'ticket_not_found');
        }
        return outbox.add(ticketId, body, decodeFiles(attachments));
      },
      'tickets:close': async ({ id }) => {
        ctx.signedIn();
        notifierFor()?.closingOwn(id);
        try {
          const { data } = await api.request<Ticket>({
            method: 'POST',
            path: `/v1/tickets/${encodeURIComponent(id)}/close`,
            body: {},
          });
          await afterWrite(id);
          return data;
        } catch (error) {
          throw notFound(error);
        }
      },
      'tickets:attachment': async ({ ticketId, attachmentId }) => {
        const file = await files.get(ctx.live()?.sync ?? null, ticketId, attachmentId);
        return file
          ? {
              base64: file.data.toString('base64'),
              fileName: file.fileName,
              mimeType: file.mimeType,
            }
          : null;
      },
      'tickets:saveAttachment': async ({ ticketId, attachmentId }) => {
        const { sync } = ctx.signedIn();
        const file = await files.get(sync, ticketId, attachmentId);
        if (!file) throw new ApiError(0, 'offline');
        const extension = file.fileName.includes('.')
          ? file.fileName.slice(file.fileName.lastIndexOf('.') + 1).toLowerCase()
          : '';
        return options.saveDialog.save({
          defaultName: file.fileName,
          filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
          data: file.data,
        });
      },
      'outbox:list': () => outbox.list(),
      'outbox:retry': ({ id }) => outbox.retry(id),
      'outbox:discard': ({ id }) => outbox.discard(id),
      'support:unread': () => unreadCount(),
    },
    keepOnCacheClear: (old) => outbox.keptNames(old),
    afterPass(changed) {
      // the server answered: whatever waits in the outbox can go now
      void outbox.flush();
      if (stream && !stream.connected) stream.retryNow();
      if (!changed.has(TICKETS)) return;
      void notifierFor()?.check().then(updateBadge);
    },
    onSignedIn() {
      stream?.stop();
      stream = new EventStream({
        apiUrl: options.apiUrl,
        token: async () => {
          if (!session.accessToken()) await renewToken();
          return session.accessToken();
        },
        onUnauthorized: renewToken,
        // every change, whatever its resource: the sync reads what it was from the change log
        onChange: (change) => void poke(change.cursor),
        onResync: () => void poke(null),
        clock,
        log: options.log,
        retryMinMs,
        retryMaxMs,
        fetch: options.network?.fetch,
      });
      stream.start();
      void outbox.flush();
      void updateBadge();
    },
    onSignedOut() {
      stream?.stop();
      stream = null;
      notifier = null;
      badgeShown = 0;
      options.badge?.setCount(0);
    },
    stop() {
      stream?.stop();
      stream = null;
      outbox.stop();
    },
  };
}
