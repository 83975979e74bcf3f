/** Handlers of the "Produkte & Dienste" operations (server/openapi/products.yaml). */
import type { AppContext } from '../context';
import type { HandlerMap } from '../openapi';
import { ApiError } from '../problem';

const notYet = () => {
  throw new ApiError(501, 'not_implemented');
};

// The contract is in place so the client can be built against it; the handlers follow.
export function productsHandlers(_ctx: AppContext): HandlerMap {
  return {
    listContracts: notYet,
    getContract: notYet,
    getContractCredentials: notYet,
    resetContractCredential: notYet,
    getCancellationOptions: notYet,
    createCancellation: notYet,
    revokeCancellation: notYet,
    getCancellationReceipt: notYet,
  };
}
