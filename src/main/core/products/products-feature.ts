/** "Produkte & Dienste" in the core: contracts, credentials behind a lock, cancellations. */
import type {
  ContractInvoicePage,
  ContractSummary,
  Contract,
} from '../../../shared/products/types';
import type { ProductsChannel } from '../../../shared/products/ipc-names';
import type { Feature, FeatureContext } from '../feature';
import { localDay } from '../billing/overview';
import { noLocalAuth } from '../ports';
import { CancellationClient } from './cancellation-client';
import { ClipboardClearer } from './clipboard-clearer';
import { CONTRACTS, contractAsOf, PRODUCTS_RESOURCES } from './contract-resources';
import { CredentialLock } from './credential-lock';
import { CredentialStore } from './credential-store';
import { CredentialsService } from './credentials-service';
import { OfflineUnlock } from './offline-unlock';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export { PRODUCTS_RESOURCES };

export function createProductsFeature(ctx: FeatureContext): Feature<ProductsChannel> {
  const { options, clock } = ctx;
  const cache = () => ctx.live()?.cache ?? null;
  const today = () => localDay(clock.now());

  let credentials: CredentialsService | null = null;
  const lock = new CredentialLock({
    clock,
    idleMinutes: () => options.settings.get().idleLockMinutes,
    onChange: () => {
      if (!lock.isUnlocked()) credentials?.forget();
      void credentials
        ?.state()
        .then((state) => ctx.emit('lock:changed', state))
        .catch((error: unknown) =>
          options.log?.warn('products: lock state unreadable', { error: String(error) }),
        );
    },
  });
  const clipboard = new ClipboardClearer(options.clipboard, clock, options.log);
  credentials = new CredentialsService({
    api: ctx.session.api,
    clock,
    settings: () => options.settings.get(),
    lock,
    offline: new OfflineUnlock(cache, clock, options.localAuth ?? noLocalAuth),
    store: new CredentialStore(cache),
    clipboard,
    online: () => ctx.live()?.sync.current.online ?? false,
    contractIds: async () =>
      ((await ctx.live()?.sync.read<ContractSummary[]>(CONTRACTS))?.data ?? []).map((c) => c.id),
    signedIn: () => ctx.live() !== null,
  });
  const service = credentials;
  const cancellations = new CancellationClient({
    api: ctx.session.api,
    saveDialog: options.saveDialog,
    signedIn: () => ctx.signedIn(),
    log: options.log,
  });

  return {
    handlers: {
      'contracts:list': async () => {
        const list = await ctx.live()?.sync.read<ContractSummary[]>(CONTRACTS);
        if (!list) return null;
        const day = today();
        return { ...list, data: list.data.map((contract) => contractAsOf(contract, day)) };
      },
      'contracts:get': async ({ id }) => {
        const doc = await ctx.live()?.sync.loadItem<Contract>(CONTRACTS, id);
        return doc ? { ...doc, data: contractAsOf(doc.data, today()) } : null;
      },
      'contracts:invoices': async ({ id, cursor }) => {
        ctx.signedIn();
        const { data } = await ctx.session.api.request<ContractInvoicePage>({
          path: `/v1/contracts/${encodeURIComponent(id)}/invoices`,
          query: { cursor },
        });
        return data;
      },
      'credentials:lock': () => service.state(),
      'credentials:unlock': ({ password }) => service.unlock(password),
      'credentials:relock': () => service.relock(),
      'credentials:list': ({ contractId }) => service.list(contractId),
      'credentials:reveal': ({ contractId, credentialId }) =>
        service.reveal(contractId, credentialId),
      'credentials:copy': ({ contractId, credentialId }) => service.copy(contractId, credentialId),
      'credentials:reset': ({ contractId, credentialId }) =>
        service.reset(contractId, credentialId),
      'cancellation:options': ({ contractId }) => cancellations.getOptions(contractId),
      'cancellation:create': ({ contractId, ...request }) =>
        cancellations.create(contractId, request),
      'cancellation:revoke': ({ contractId }) => cancellations.revoke(contractId),
      'cancellation:saveReceipt': ({ contractId }) => cancellations.saveReceipt(contractId),
    },
    onSignedOut() {
      lock.relock();
      service.forget();
      void clipboard.flush();
    },
    stop() {
      lock.stop();
      service.forget();
      void clipboard.flush();
    },
  };
}
