/**
 * Nameserver lists: 2–13 hostnames (not addresses), no duplicates, each a valid hostname.
 *
 * Codes: `nameserver_count` (index -1, params min/max), `required` (an empty entry),
 * `nameserver_is_address`, `hostname_invalid`, `nameserver_duplicate` (params `first`: the
 * 1-based position of the entry it repeats).
 */
import { isHostname, isIPAddress } from './dns-rules';
import { NAMESERVERS_MAX, NAMESERVERS_MIN } from './types';

/** One problem of a nameserver list: the entry's index (or -1 for the list) and the code. */
export interface NameserverIssue {
  index: number;
  code: string;
  params?: Record<string, string | number>;
}

/** every nameserver issue code with the names of its params (for the messages) */
export const NAMESERVER_ISSUE_CODES = {
  nameserver_count: ['min', 'max'],
  required: [],
  nameserver_is_address: [],
  hostname_invalid: [],
  nameserver_duplicate: ['first'],
} as const satisfies Record<string, readonly string[]>;

/** Lower-cased, trimmed, without a trailing dot. */
export function normalizeNameserver(host: string): string {
  const h = host.trim().toLowerCase();
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

export function validateNameservers(list: readonly string[]): NameserverIssue[] {
  const issues: NameserverIssue[] = [];
  if (list.length < NAMESERVERS_MIN || list.length > NAMESERVERS_MAX) {
    issues.push({
      index: -1,
      code: 'nameserver_count',
      params: { min: NAMESERVERS_MIN, max: NAMESERVERS_MAX },
    });
  }
  const firstIndex = new Map<string, number>();
  list.forEach((entry, index) => {
    const host = normalizeNameserver(entry);
    if (host === '') issues.push({ index, code: 'required' });
    else if (isIPAddress(host)) issues.push({ index, code: 'nameserver_is_address' });
    else if (!isHostname(host)) issues.push({ index, code: 'hostname_invalid' });
    else {
      const first = firstIndex.get(host);
      if (first === undefined) firstIndex.set(host, index);
      else issues.push({ index, code: 'nameserver_duplicate', params: { first: first + 1 } });
    }
  });
  return issues;
}
