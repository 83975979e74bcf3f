/** Handlers of the domains operations (tag `domains`). STUB: the server helper builds them. */
import type { AppContext } from '../context';

export function domainsHandlers(ctx: AppContext) {
  void ctx;
  return {};
}
