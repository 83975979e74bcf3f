/**
 * The edits a person made to a zone, as operations that can be applied again on a newer
 * version of it (after a 412: someone else saved meanwhile), and what that someone changed.
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

/** Whether two records hold the same content (the id aside; an absent number equals absent). */
export function sameRecord(a: DnsRecord, b: DnsRecord): boolean {
  return (
    a.name === b.name &&
    a.type === b.type &&
    a.ttl === b.ttl &&
    a.value === b.value &&
    a.priority === b.priority &&
    a.weight === b.weight &&
    a.port === b.port &&
    a.flags === b.flags &&
    a.tag === b.tag
  );
}

/** What changed between two versions of a zone's records, by record id, in `after`'s order. */
export function diffZone(before: readonly DnsRecord[], after: readonly DnsRecord[]): ZoneEdits {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const afterIds = new Set(after.map((r) => r.id));
  const added: DnsRecord[] = [];
  const changed: DnsRecord[] = [];
  for (const record of after) {
    const old = beforeById.get(record.id);
    if (!old) added.push(record);
    else if (!sameRecord(old, record)) changed.push(record);
  }
  const removed = before.filter((r) => !afterIds.has(r.id)).map((r) => r.id);
  return { added, removed, changed };
}

/** A record the person's edit and the other change both touched. */
export interface EditClash {
  /**
   * the record's id: for `deletedByThem` the new "new-…" id the person's version came back
   * under (a row of the result); for a record the person deleted, the id it had in `theirs`
   */
  recordId: string;
  /** they changed the record the person changed or deleted; or they deleted it */
  kind: 'changedByThem' | 'deletedByThem';
}

/**
 * The person's edits applied on `theirs`: deleted ids removed, changed records replaced, the
 * added appended. Where both touched the same record the person's edit wins over a change,
 * and a record they deleted stays deleted (the person's change to it comes back as added,
 * under a new "new-…" id); each such record is listed as a clash for the screen to point out.
 * Where both made the very same change there is nothing to point out.
 */
export function reapplyEdits(
  base: readonly DnsRecord[],
  theirs: readonly DnsRecord[],
  edits: ZoneEdits,
): { records: DnsRecord[]; clashes: EditClash[] } {
  const baseById = new Map(base.map((r) => [r.id, r]));
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  const removed = new Set(edits.removed);
  const changedById = new Map(edits.changed.map((r) => [r.id, r]));
  const clashes: EditClash[] = [];
  const usedIds = new Set<string>([...theirs.map((r) => r.id), ...edits.added.map((r) => r.id)]);

  const theyChanged = (id: string, now: DnsRecord): boolean => {
    const was = baseById.get(id);
    return was === undefined || !sameRecord(was, now);
  };

  const records: DnsRecord[] = [];
  for (const record of theirs) {
    if (removed.has(record.id)) {
      if (theyChanged(record.id, record)) {
        clashes.push({ recordId: record.id, kind: 'changedByThem' });
      }
      continue;
    }
    const mine = changedById.get(record.id);
    if (!mine) {
      records.push(record);
      continue;
    }
    if (!sameRecord(mine, record) && theyChanged(record.id, record)) {
      clashes.push({ recordId: record.id, kind: 'changedByThem' });
    }
    records.push(mine);
  }

  for (const mine of edits.changed) {
    if (theirsById.has(mine.id)) continue;
    let id = `new-again-${mine.id}`;
    for (let n = 2; usedIds.has(id); n++) id = `new-again-${mine.id}-${n}`;
    usedIds.add(id);
    records.push({ ...mine, id });
    clashes.push({ recordId: id, kind: 'deletedByThem' });
  }
  for (const record of edits.added) records.push(record);
  return { records, clashes };
}
