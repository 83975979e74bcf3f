/** Handlers of the account operations (tag `account`). */
import type { AppContext } from '../context';
import { getAuth } from '../auth/bearer';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { recordChange } from '../changes/changes';
import { maybeSubmit } from '../team/verification';
import {
  checkAccountPatch,
  etagOf,
  ifMatchMatches,
  ifNoneMatchMatches,
  loadAccount,
  patchAccount,
} from './account';

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
  /** If-Match required: 428 without, 412 when stale; the content checked field by field. */
  const updateAccount: Handler<'updateAccount'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const ifMatch = request.headers['if-match'];
    if (typeof ifMatch !== 'string' || ifMatch.trim() === '') {
      throw new ApiError(428, 'precondition_required', {
        detail: 'Send the ETag of the account you edited in If-Match.',
      });
    }
    const now = ctx.now();
    const account = ctx.db.transaction(() => {
      const current = loadAccount(ctx.db, customerId);
      if (!current) throw new ApiError(404, 'not_found');
      if (!ifMatchMatches(ifMatch, etagOf(current))) {
        throw new ApiError(412, 'precondition_failed', {
          detail: 'The customer information was changed meanwhile.',
        });
      }
      const { patch, errors } = checkAccountPatch(current, request.body);
      if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });
      patchAccount(ctx.db, customerId, patch, now);
      const next = loadAccount(ctx.db, customerId)!;
      recordChange(ctx.db, customerId, 'account', next.customerNumber, 'upsert', now);
      // the display name of the membership may have changed
      recordChange(ctx.db, customerId, 'me', next.customerNumber, 'upsert', now);
      maybeSubmit(ctx.db, customerId, now);
      return loadAccount(ctx.db, customerId)!;
    })();
    reply.header('ETag', etagOf(account));
    return account;
  };
  return { getAccount, updateAccount };
}
