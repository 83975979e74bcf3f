/**
 * What "Domains" keeps offline, as the sync engine's resources: the domain list with each
 * opened domain's detail, and every zone on our nameservers in one list (2,000 zones in four
 * requests instead of 2,000), which `dns:get` reads from.
 */
import type { DnsZone, DomainDetail, DomainSummary } from '../../../shared/domains/types';
import type { ApiError } from '../api/api-error';
import { defineCollection, type SyncResource } from '../sync/sync-resources';

export const DOMAINS = 'domains';
export const DNS_ZONES = 'dns-zones';

/** The cache name of a domain's detail. */
export const domainKey = (name: string) => `domain:${name}`;
/** The cache name of a zone fetched alone (after a save); the list holds every zone too. */
export const zoneKey = (name: string) => `dns-zone:${name}`;

export const domainPath = (name: string) => `/v1/domains/${encodeURIComponent(name)}`;
export const zonePath = (name: string) => `${domainPath(name)}/dns`;

/** The list entry of a domain: exactly the summary fields, nothing of the detail. */
export function summarizeDomain(domain: DomainDetail): DomainSummary {
  return {
    name: domain.name,
    tld: domain.tld,
    status: domain.status,
    expiresAt: domain.expiresAt,
    autoRenew: domain.autoRenew,
    transferLock: domain.transferLock,
    contractId: domain.contractId,
    recordCount: domain.recordCount,
  };
}

/** As the server sorts: by name (byte order, as SQLite compares text). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A zone fetched alone answers 409 zone_external once its domain uses other nameservers. */
export function zoneLeftOurNameservers(error: ApiError): boolean {
  return error.status === 409 && error.code === 'zone_external';
}

export const DOMAINS_RESOURCES: SyncResource[] = [
  defineCollection<DomainDetail, DomainSummary>({
    kind: 'collection',
    name: DOMAINS,
    path: '/v1/domains',
    pageSize: 500,
    itemPath: domainPath,
    itemKey: domainKey,
    idOf: (summary) => summary.name,
    summarize: summarizeDomain,
    compare: (a, b) => compareNames(a.name, b.name),
  }),
  defineCollection<DnsZone, DnsZone>({
    kind: 'collection',
    name: DNS_ZONES,
    path: '/v1/dns-zones',
    pageSize: 500,
    itemPath: zonePath,
    itemKey: zoneKey,
    idOf: (zone) => zone.domain,
    // the list entry is the zone itself: the list holds every record
    summarize: (zone) => zone,
    compare: (a, b) => compareNames(a.domain, b.domain),
    goneWhen: zoneLeftOurNameservers,
  }),
];
