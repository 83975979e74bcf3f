/**
 * The hash routes of "Domains": the list, a domain, its DNS zone. Deep links
 * (kundencenter://domain/<name>[/dns]) are mapped onto these, so they must stay.
 */

export const DOMAINS_ROUTE = '/domains';

export type DomainsView =
  { view: 'list' } | { view: 'detail'; name: string } | { view: 'dns'; name: string };

/** "/domains/<name>": one domain. */
export function domainRoute(name: string): string {
  return `${DOMAINS_ROUTE}/${encodeURIComponent(name)}`;
}

/** "/domains/<name>/dns": the DNS editor of its zone. */
export function dnsRoute(name: string): string {
  return `${domainRoute(name)}/dns`;
}

/** The view a path under /domains names, or null for one that names none. */
export function parseDomainsPath(path: string): DomainsView | null {
  if (path === DOMAINS_ROUTE) return { view: 'list' };
  if (!path.startsWith(`${DOMAINS_ROUTE}/`)) return null;
  const parts = path.slice(DOMAINS_ROUTE.length + 1).split('/');
  if (parts.length > 2 || parts[0] === '') return null;
  let name: string;
  try {
    name = decodeURIComponent(parts[0]!).toLowerCase();
  } catch {
    return null;
  }
  if (parts.length === 1) return { view: 'detail', name };
  return parts[1] === 'dns' ? { view: 'dns', name } : null;
}
