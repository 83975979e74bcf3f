/** Handlers of the support operations (tag `support`), the event stream and the staff reply. */
import { etagOf } from '../account/account';
import { getAuth } from '../auth/bearer';
import { conditional, notModified } from '../conditional';
import type { AppContext } from '../context';
import { idempotentAsync } from '../idempotency';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { contentDisposition, findAttachment, storeAttachment } from './attachments';
import { EventHub } from './events';
import {
  closeTicket as close,
  createTicket as create,
  DEFAULT_TICKET_LIMIT,
  loadTicketDetail,
  markRead,
  postMessage,
  staffReply,
  ticketPage,
} from './tickets';

export function supportHandlers(ctx: AppContext) {
  const hub = new EventHub(ctx.db, ctx.instanceId, ctx.accessTtlSeconds * 1000);
  const authorOf = (request: Parameters<typeof getAuth>[0]) => {
    const auth = getAuth(request);
    return { customerId: auth.customerId, userId: auth.userId, email: auth.email };
  };
  const listTickets: Handler<'listTickets'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const limit = request.query.limit ?? DEFAULT_TICKET_LIMIT;
    const page = ticketPage(ctx.db, customerId, { ...request.query, limit });
    const etag = etagOf({ page, query: { ...request.query, limit } });
    if (notModified(request, reply, etag)) return reply;
    return page;
  };

  const createTicket: Handler<'createTicket'> = (request, reply) => {
    const author = authorOf(request);
    const write = () => ({ status: 201, body: create(ctx.db, author, request.body, ctx.now()) });
    return idempotentAsync(ctx.db, request, reply, 'createTicket', ctx.now(), () =>
      Promise.resolve(write),
    ).finally(() => hub.wake());
  };

  const getTicket: Handler<'getTicket'> = (request, reply) => {
    const detail = loadTicketDetail(ctx.db, getAuth(request).customerId, request.params.id);
    if (!detail) throw new ApiError(404, 'not_found');
    return conditional(request, reply, detail);
  };

  const markTicketRead: Handler<'markTicketRead'> = (request) => {
    const { customerId } = getAuth(request);
    const ticket = ctx.db
      .transaction(() => markRead(ctx.db, customerId, request.params.id, ctx.now()))
      .immediate();
    hub.wake();
    return ticket;
  };

  const postTicketMessage: Handler<'postTicketMessage'> = (request, reply) => {
    const author = authorOf(request);
    const write = () => ({
      status: 201,
      body: postMessage(ctx.db, author, request.params.id, request.body, ctx.now()),
    });
    return idempotentAsync(ctx.db, request, reply, 'postTicketMessage', ctx.now(), () =>
      Promise.resolve(write),
    ).finally(() => hub.wake());
  };

  const closeTicket: Handler<'closeTicket'> = (request) => {
    const { customerId } = getAuth(request);
    const ticket = ctx.db
      .transaction(() => close(ctx.db, customerId, request.params.id, ctx.now()))
      .immediate();
    hub.wake();
    return ticket;
  };

  const uploadAttachment: Handler<'uploadAttachment'> = async (request, reply) => {
    const auth = getAuth(request);
    const attachment = await storeAttachment(
      ctx.db,
      { customerId: auth.customerId, userId: auth.userId },
      request.body,
      ctx.now(),
    );
    reply.code(201);
    return attachment;
  };

  const getAttachment: Handler<'getAttachment'> = async (request, reply) => {
    const file = findAttachment(ctx.db, getAuth(request).customerId, request.params.id);
    if (!file) throw new ApiError(404, 'not_found');
    if (notModified(request, reply, `"${file.sha256}"`)) return reply;
    const bytes = await file.read().catch(() => {
      throw new ApiError(404, 'not_found');
    });
    const { mimeType, fileName } = file.attachment;
    return reply
      .type(mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : mimeType)
      .header('Content-Disposition', contentDisposition(fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .send(bytes);
  };

  const streamEvents: Handler<'streamEvents'> = (request, reply) => {
    const header = request.headers['last-event-id'];
    const given =
      (typeof header === 'string' && header !== '' ? header : undefined) ?? request.query.cursor;
    hub.open(request, reply, getAuth(request), given);
    return reply;
  };

  const sandboxReplyTicket: Handler<'sandboxReplyTicket'> = (request, reply) => {
    const message = staffReply(ctx.db, request.params.id, request.body, ctx.now());
    if (!message) throw new ApiError(404, 'not_found', { detail: 'No such ticket.' });
    hub.wake();
    reply.code(201);
    return message;
  };

  return {
    listTickets,
    createTicket,
    getTicket,
    markTicketRead,
    postTicketMessage,
    closeTicket,
    uploadAttachment,
    getAttachment,
    streamEvents,
    // sandbox operations are registered in sandbox mode only, so their handler too
    ...(ctx.sandbox ? { sandboxReplyTicket } : {}),
  };
}
