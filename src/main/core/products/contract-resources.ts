/** What "Produkte & Dienste" keeps offline, as the sync engine's resources. */
import type { Contract, ContractSummary } from '../../../shared/products/types';
import { defineCollection, type SyncResource } from '../sync/sync-resources';

export const CONTRACTS = 'contracts';

/** The cache name of a contract's detail. */
export const contractKey = (id: string) => `contract:${id}`;

/** The list entry of a contract: exactly the summary fields, nothing of the detail. */
export function summarizeContract(contract: Contract): ContractSummary {
  return {
    id: contract.id,
    contractNumber: contract.contractNumber,
    productType: contract.productType,
    productName: contract.productName,
    status: contract.status,
    startDate: contract.startDate,
    minimumTermMonths: contract.minimumTermMonths,
    renewalPeriodMonths: contract.renewalPeriodMonths,
    noticePeriod: contract.noticePeriod,
    priceCents: contract.priceCents,
    billingCycleMonths: contract.billingCycleMonths,
    nextRenewal: contract.nextRenewal,
    endDate: contract.endDate,
    domains: contract.domains,
    cancellationRequested: contract.cancellationRequested,
  };
}

/** As the server sorts: by contract number. */
export function compareContracts(a: ContractSummary, b: ContractSummary): number {
  return a.contractNumber < b.contractNumber ? -1 : a.contractNumber > b.contractNumber ? 1 : 0;
}

/**
 * A cancelled contract whose end date has passed has ended, whether or not the server was
 * reachable since (offline the list still tells the truth of today).
 */
export function contractAsOf<T extends ContractSummary>(contract: T, today: string): T {
  if (contract.status === 'cancelled' && contract.endDate !== null && contract.endDate < today) {
    return { ...contract, status: 'ended', nextRenewal: null };
  }
  return contract;
}

export const PRODUCTS_RESOURCES: SyncResource[] = [
  defineCollection<Contract, ContractSummary>({
    kind: 'collection',
    name: CONTRACTS,
    path: '/v1/contracts',
    pageSize: 500,
    itemPath: (id) => `/v1/contracts/${encodeURIComponent(id)}`,
    itemKey: contractKey,
    idOf: (summary) => summary.id,
    summarize: summarizeContract,
    compare: compareContracts,
  }),
];
