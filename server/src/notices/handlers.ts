/** Handlers of the notices operations (server/openapi/notices.yaml, tag `notices`). */
import { getAuth } from '../auth/bearer';
import { conditional, notModified } from '../conditional';
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { DEFAULT_NOTICE_LIMIT, loadNotice, noticePage } from './notices';
import { postNotice, setNoticeState } from './staff';

export function noticesHandlers(ctx: AppContext) {
  const listNotices: Handler<'listNotices'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const query = { ...request.query, limit: request.query.limit ?? DEFAULT_NOTICE_LIMIT };
    const { page, etag } = noticePage(ctx.db, customerId, query);
    if (notModified(request, reply, etag)) return reply;
    return page;
  };

  const getNotice: Handler<'getNotice'> = (request, reply) => {
    const { customerId } = getAuth(request);
    return conditional(request, reply, loadNotice(ctx.db, customerId, request.params.id));
  };

  const sandboxPostNotice: Handler<'sandboxPostNotice'> = (request, reply) => {
    const notice = postNotice(ctx.db, request.body, ctx.now());
    reply.code(201);
    return notice;
  };

  const sandboxSetNoticeState: Handler<'sandboxSetNoticeState'> = (request) => {
    const notice = setNoticeState(ctx.db, request.params.id, request.body.state, ctx.now());
    if (!notice) throw new ApiError(404, 'not_found', { detail: 'No such notice.' });
    return notice;
  };

  return {
    listNotices,
    getNotice,
    // sandbox operations are registered in sandbox mode only, so their handlers too
    ...(ctx.sandbox ? { sandboxPostNotice, sandboxSetNoticeState } : {}),
  };
}
