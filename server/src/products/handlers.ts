/** Handlers of the "Produkte & Dienste" operations (server/openapi/products.yaml). */
import type { AppContext } from '../context';
import type { HandlerMap } from '../openapi';

export function productsHandlers(_ctx: AppContext): HandlerMap {
  return {};
}
