/** "Produkte & Dienste" in the core: contracts, credentials behind a lock, cancellations. */
import type { ProductsChannel } from '../../../shared/products/ipc-names';
import type { SyncResource } from '../sync/sync-engine';
import type { Feature, FeatureContext } from '../feature';
import { ApiError } from '../api/api-error';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export const PRODUCTS_RESOURCES: SyncResource[] = [];

// PLACEHOLDER until the area is built: every channel answers 501.
const todo = (): never => {
  throw new ApiError(501, 'not_implemented');
};

export function createProductsFeature(_ctx: FeatureContext): Feature<ProductsChannel> {
  return {
    handlers: {
      'contracts:list': todo,
      'contracts:get': todo,
      'credentials:lock': todo,
      'credentials:unlock': todo,
      'credentials:relock': todo,
      'credentials:list': todo,
      'credentials:reveal': todo,
      'credentials:copy': todo,
      'credentials:reset': todo,
      'cancellation:options': todo,
      'cancellation:create': todo,
      'cancellation:revoke': todo,
      'cancellation:saveReceipt': todo,
    },
  };
}
