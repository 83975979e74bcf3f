/**
 * The DNS rules of the provider, as pure functions shared by the server (which refuses a
 * zone that breaks one, as a whole) and the editor (which answers while typing). Each issue
 * names the record and the field, with a stable code (see DnsIssue).
 *
 * STUB: signatures fixed, the rules helper implements them (with a table test per rule).
 */
import type { DnsIssue, DnsRecord } from './types';

/** Every issue of a whole zone: each record alone, then the rules between records. */
export function validateZone(domain: string, records: readonly DnsRecord[]): DnsIssue[] {
  void domain;
  void records;
  throw new Error('not implemented');
}

/** The issues of one record alone (name, TTL, value by type), without the zone-wide rules. */
export function validateRecord(domain: string, record: DnsRecord): DnsIssue[] {
  void domain;
  void record;
  throw new Error('not implemented');
}

/** A TXT text as the character-strings it is published as: chunks of at most 255 bytes. */
export function splitTxt(text: string): string[] {
  void text;
  throw new Error('not implemented');
}

/** The fully qualified name of a relative record name ("@" → the domain). */
export function absoluteName(domain: string, name: string): string {
  void domain;
  void name;
  throw new Error('not implemented');
}
