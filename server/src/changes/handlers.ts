/** Handlers of the sync operations (tag `sync`). */
import type { AppContext } from '../context';
import { getAuth } from '../auth/bearer';
import type { Handler } from '../openapi';
import { answerBatch } from './batch';
import { listChanges } from './changes';

export const DEFAULT_CHANGES_LIMIT = 100;

export function changesHandlers(ctx: AppContext) {
  const listChangesHandler: Handler<'listChanges'> = (request) => {
    const { cursor, limit } = request.query;
    const auth = getAuth(request);
    return listChanges(
      ctx.db,
      ctx.instanceId,
      auth.customerId,
      auth.rights,
      cursor,
      limit ?? DEFAULT_CHANGES_LIMIT,
    );
  };
  const batchGet: Handler<'batchGet'> = (request) =>
    answerBatch(request.server, request.headers.authorization, request.body);
  return { listChanges: listChangesHandler, batchGet };
}
