/**
 * The edits a person made to a zone, as operations that can be applied again on a newer
 * version of it (after a 412: someone else saved meanwhile), and what that someone changed.
 *
 * STUB: signatures fixed, the rules helper implements them.
 */
import type { DnsRecord } from './types';

export interface ZoneEdits {
  /** records the person added (client ids "new-…") */
  added: DnsRecord[];
  /** ids of records the person deleted */
  removed: string[];
  /** records the person changed, as they should be now (by id) */
  changed: DnsRecord[];
}

/** What changed between two versions of a zone's records. */
export function diffZone(before: readonly DnsRecord[], after: readonly DnsRecord[]): ZoneEdits {
  void before;
  void after;
  throw new Error('not implemented');
}

/** A record the person's edit and the other change both touched. */
export interface EditClash {
  recordId: string;
  /** they changed the record the person changed or deleted; or they deleted it */
  kind: 'changedByThem' | 'deletedByThem';
}

/**
 * The person's edits applied on `theirs`: deleted ids removed, changed records replaced, the
 * added appended. Where both touched the same record the person's edit wins over a change,
 * and a record they deleted stays deleted (the person's change to it comes back as added);
 * each such record is listed as a clash for the screen to point out.
 */
export function reapplyEdits(
  base: readonly DnsRecord[],
  theirs: readonly DnsRecord[],
  edits: ZoneEdits,
): { records: DnsRecord[]; clashes: EditClash[] } {
  void base;
  void theirs;
  void edits;
  throw new Error('not implemented');
}
