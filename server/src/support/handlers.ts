/** Handlers of the support operations (tag `support`), the event stream and the staff reply. */
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';

const notYet = () => {
  throw new ApiError(501, 'not_implemented');
};

export function supportHandlers(ctx: AppContext) {
  const listTickets: Handler<'listTickets'> = notYet;
  const createTicket: Handler<'createTicket'> = notYet;
  const getTicket: Handler<'getTicket'> = notYet;
  const markTicketRead: Handler<'markTicketRead'> = notYet;
  const postTicketMessage: Handler<'postTicketMessage'> = notYet;
  const closeTicket: Handler<'closeTicket'> = notYet;
  const uploadAttachment: Handler<'uploadAttachment'> = notYet;
  const getAttachment: Handler<'getAttachment'> = notYet;
  const streamEvents: Handler<'streamEvents'> = notYet;
  const sandboxReplyTicket: Handler<'sandboxReplyTicket'> = notYet;
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
