/**
 * Nameserver lists: 2–13 hostnames (not addresses), no duplicates, each a valid hostname.
 *
 * STUB: signatures fixed, the rules helper implements them.
 */

/** One problem of a nameserver list: the entry's index (or -1 for the list) and the code. */
export interface NameserverIssue {
  index: number;
  code: string;
  params?: Record<string, string | number>;
}

/** Lower-cased, trimmed, without a trailing dot. */
export function normalizeNameserver(host: string): string {
  void host;
  throw new Error('not implemented');
}

export function validateNameservers(list: readonly string[]): NameserverIssue[] {
  void list;
  throw new Error('not implemented');
}
