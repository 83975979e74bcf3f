/** Handlers of the account and team operations (server/openapi/team.yaml). */
import type { AppContext } from '../context';
import type { HandlerMap } from '../openapi';

export function teamHandlers(_ctx: AppContext): HandlerMap {
  return {};
}
