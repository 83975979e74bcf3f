/**
 * Cancellations go to the server only: a cancellation offline could not be confirmed, and the
 * issue wants it sent from the Kundencenter online. Unreachable → ApiError 'offline', which
 * the renderer explains. After a write the contract is fetched again at once.
 */
import type {
  Cancellation,
  CancellationOptions,
  CancellationRequest,
  Contract,
} from '../../../shared/products/types';
import type { ApiClient } from '../api/api-client';
import type { Logger } from '../app-core-types';
import type { SaveDialog } from '../ports';
import type { SignedInParts } from '../feature';
import { CONTRACTS } from './contract-resources';

export interface CancellationClientOptions {
  api: ApiClient;
  saveDialog: SaveDialog;
  /** the signed-in cache and sync; throws session_expired while signed out */
  signedIn: () => SignedInParts;
  log?: Logger;
}

const path = (contractId: string) => `/v1/contracts/${encodeURIComponent(contractId)}`;

export const receiptFileName = (contractNumber: string) =>
  `Kuendigung-${contractNumber.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;

export class CancellationClient {
  constructor(private readonly options: CancellationClientOptions) {}

  async getOptions(contractId: string): Promise<CancellationOptions> {
    this.options.signedIn();
    const { data } = await this.options.api.request<CancellationOptions>({
      path: `${path(contractId)}/cancellation-options`,
    });
    return data;
  }

  async create(contractId: string, request: CancellationRequest): Promise<Cancellation> {
    this.options.signedIn();
    const { data } = await this.options.api.request<Cancellation>({
      method: 'POST',
      path: `${path(contractId)}/cancellation`,
      body: request,
    });
    await this.refetch(contractId);
    return data;
  }

  async revoke(contractId: string): Promise<void> {
    this.options.signedIn();
    await this.options.api.request({ method: 'DELETE', path: `${path(contractId)}/cancellation` });
    await this.refetch(contractId);
  }

  /** The server's receipt PDF through "Speichern unter". */
  async saveReceipt(contractId: string): Promise<{ saved: boolean }> {
    const { sync } = this.options.signedIn();
    const { data } = await this.options.api.request<ArrayBuffer>({
      path: `${path(contractId)}/cancellation/receipt`,
      responseType: 'arraybuffer',
      timeoutMs: 60_000,
    });
    const contract = await sync.readItem<Contract>(CONTRACTS, contractId);
    return this.options.saveDialog.save({
      defaultName: receiptFileName(contract?.data.contractNumber ?? contractId),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      data: new Uint8Array(data),
    });
  }

  /**
   * The contract's detail and list entry as the server has them now (an extraordinary
   * cancellation changes only the detail). A failure only means the next sync pass brings it.
   */
  private async refetch(contractId: string): Promise<void> {
    try {
      await this.options.signedIn().sync.refreshItem(CONTRACTS, contractId);
    } catch (error) {
      this.options.log?.warn('products: refetching the contract failed', { error: String(error) });
    }
  }
}
