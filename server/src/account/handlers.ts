/** Handlers of the account operations (tag `account`). */
import type { AppContext } from '../context';
import { getAuth } from '../auth/bearer';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { etagOf, ifNoneMatchMatches, loadAccount } from './account';

export function accountHandlers(ctx: AppContext) {
  const getAccount: Handler<'getAccount'> = (request, reply) => {
    const account = loadAccount(ctx.db, getAuth(request).customerId);
    if (!account) throw new ApiError(404, 'not_found');
    const etag = etagOf(account);
    reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatchMatches(ifNoneMatch, etag)) return reply.code(304).send();
    return account;
  };
  const updateAccount: Handler<'updateAccount'> = () => {
    throw new ApiError(501, 'not_implemented');
  };
  return { getAccount, updateAccount };
}
