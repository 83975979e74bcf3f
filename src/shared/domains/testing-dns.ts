/** What the DNS rule tests share: a record with defaults, the codes it gets, a second opinion. */
import { validateRecord, validateZone } from './dns-rules';
import type { DnsRecord } from './types';

export const DOMAIN = 'example.de';

export function rec(partial: Partial<DnsRecord> & Pick<DnsRecord, 'type' | 'value'>): DnsRecord {
  return { id: 'r1', name: '@', ttl: 3600, ...partial };
}

/** IPv6 as the WHATWG URL parser reads a bracketed host: an independent second opinion */
export function urlIsIPv6(text: string): boolean {
  if (/[[\]/?#@%\s]/.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.startsWith('[');
  } catch {
    return false;
  }
}

const IPV4_PART = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
export const IPV4_PATTERN = new RegExp(`^${IPV4_PART}(\\.${IPV4_PART}){3}$`);

/** the codes of a record alone, as "field:code" */
export function codes(record: DnsRecord): string[] {
  return validateRecord(DOMAIN, record).map((i) => `${i.field}:${i.code}`);
}

export function zoneCodes(records: DnsRecord[]): string[] {
  return validateZone(DOMAIN, records).map((i) => `${i.recordId}:${i.field}:${i.code}`);
}

export const a = (name: string, value = '192.0.2.1'): DnsRecord => rec({ name, type: 'A', value });
