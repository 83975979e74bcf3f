/**
 * What "Domains" shows from main: the domain list (cache-first, followed through sync), the
 * account's contacts to pick from, one domain and one zone.
 */
import type { DnsZone, DomainDetail, DomainSummary } from '../../shared/domains/types';
import type { Contact } from '../../shared/team/types';
import { createCachedStore } from '../billing/cached-store';
import { useCachedItem } from '../billing/use-cached-item';
import { call, subscribe } from '../ipc';

const isDomainsResource = (resource: string): boolean => resource === 'domains';
const isZonesResource = (resource: string): boolean => resource === 'dns-zones';

export const domainsStore = createCachedStore<DomainSummary[]>(
  () => call('domains:list'),
  ['domains'],
);

/** the account's contacts, for the contact pickers of a domain */
export const domainContactsStore = createCachedStore<Contact[]>(
  () => call('contacts:list'),
  ['contacts'],
);

/** Load the list and the contacts and follow sync; the cleanup forgets them. */
export function connectDomains(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    for (const store of [domainsStore, domainContactsStore]) {
      if (store.resources.includes(resource)) void store.load();
    }
  });
  void domainsStore.load();
  void domainContactsStore.load();
  return () => {
    off();
    resetDomainsStores();
  };
}

/** Back to nothing loaded (on leaving the screen, and in tests). */
export function resetDomainsStores(): void {
  domainsStore.reset();
  domainContactsStore.reset();
}

const loadDomain = (name: string) => call('domains:get', { name });
const loadZone = (name: string) => call('dns:get', { name });

/** One domain, cache-first from main, reloaded when sync changed domains. */
export function useDomain(name: string) {
  return useCachedItem<DomainDetail>(name, loadDomain, isDomainsResource);
}

/** One zone, cache-first from main, reloaded when sync changed zones. */
export function useZone(name: string) {
  return useCachedItem<DnsZone>(name, loadZone, isZonesResource);
}
