/**
 * The DNS editor's draft of a zone, as a pure reducer: the zone it started from (`base`),
 * the records as edited, an undo stack, and what a save answered (issues the server found,
 * or someone else's newer zone to re-apply the edits on).
 */
import type { DnsIssue, DnsRecord, DnsRecordType, DnsZone } from '../../shared/domains/types';
import { TTL_DEFAULT } from '../../shared/domains/types';
import {
  diffZone,
  reapplyEdits,
  type EditClash,
  type ZoneEdits,
} from '../../shared/domains/zone-edits';

/** the fields a type uses beyond name, TTL and value */
export const EXTRA_FIELDS: Readonly<
  Record<DnsRecordType, readonly ('priority' | 'weight' | 'port' | 'flags' | 'tag')[]>
> = {
  A: [],
  AAAA: [],
  CNAME: [],
  MX: ['priority'],
  TXT: [],
  SRV: ['priority', 'weight', 'port'],
  CAA: ['flags', 'tag'],
  NS: [],
};

export interface ZoneConflict {
  theirs: DnsZone;
  /** what the other person changed, from the zone this edit started from to theirs */
  theirChanges: ZoneEdits;
}

export interface ZoneDraft {
  base: DnsZone;
  records: DnsRecord[];
  /** earlier versions of `records`, the latest last */
  undo: DnsRecord[][];
  /** the record and field typed into last: more typing there is one undo step */
  lastEdit: string | null;
  /** what the server refused at the last save (until the record is edited again) */
  serverIssues: DnsIssue[];
  /** records both people touched, after re-applying on theirs */
  clashes: EditClash[];
  conflict: ZoneConflict | null;
  nextId: number;
}

export type DraftAction =
  | { type: 'edit'; id: string; change: Partial<Omit<DnsRecord, 'id'>> }
  | { type: 'add' }
  /** the records of a zone file replace the editor's (one undo step; nothing saved yet) */
  | { type: 'import'; records: Omit<DnsRecord, 'id'>[] }
  | { type: 'remove'; id: string }
  | { type: 'undo' }
  | { type: 'saved'; zone: DnsZone }
  | { type: 'invalid'; issues: DnsIssue[] }
  | { type: 'conflict'; theirs: DnsZone }
  | { type: 'reapply' }
  | { type: 'discard' }
  /** a newer zone from sync; taken only while nothing is edited */
  | { type: 'synced'; zone: DnsZone };

export function startDraft(zone: DnsZone): ZoneDraft {
  return {
    base: zone,
    records: zone.records,
    undo: [],
    lastEdit: null,
    serverIssues: [],
    clashes: [],
    conflict: null,
    nextId: 1,
  };
}

/** The record with the fields a (new) type needs, and none of those it does not. */
export function withType(record: DnsRecord, type: DnsRecordType): DnsRecord {
  const { priority, weight, port, flags, tag, ...rest } = record;
  const next: DnsRecord = { ...rest, type };
  const keep = EXTRA_FIELDS[type];
  if (keep.includes('priority')) next.priority = priority ?? 10;
  if (keep.includes('weight')) next.weight = weight ?? 0;
  if (keep.includes('port')) next.port = port ?? 0;
  if (keep.includes('flags')) next.flags = flags ?? 0;
  if (keep.includes('tag')) next.tag = tag ?? 'issue';
  return next;
}

function push(draft: ZoneDraft, records: DnsRecord[], lastEdit: string | null): ZoneDraft {
  const undo =
    lastEdit !== null && lastEdit === draft.lastEdit ? draft.undo : [...draft.undo, draft.records];
  return { ...draft, records, undo, lastEdit };
}

export function draftReducer(draft: ZoneDraft, action: DraftAction): ZoneDraft {
  switch (action.type) {
    case 'edit': {
      const fields = Object.keys(action.change).sort().join(',');
      const records = draft.records.map((r) => {
        if (r.id !== action.id) return r;
        const changed = { ...r, ...action.change };
        return action.change.type ? withType(changed, action.change.type) : changed;
      });
      const next = push(draft, records, action.change.type ? null : `${action.id}:${fields}`);
      return {
        ...next,
        serverIssues: draft.serverIssues.filter((i) => i.recordId !== action.id),
      };
    }
    case 'import': {
      const records = action.records.map((r, i) => ({ ...r, id: `new-${draft.nextId + i}` }));
      return {
        ...push(draft, records, null),
        nextId: draft.nextId + records.length,
        serverIssues: [],
      };
    }
    case 'add': {
      const record: DnsRecord = {
        id: `new-${draft.nextId}`,
        name: '',
        type: 'A',
        ttl: TTL_DEFAULT,
        value: '',
      };
      return { ...push(draft, [...draft.records, record], null), nextId: draft.nextId + 1 };
    }
    case 'remove':
      return {
        ...push(
          draft,
          draft.records.filter((r) => r.id !== action.id),
          null,
        ),
        serverIssues: draft.serverIssues.filter((i) => i.recordId !== action.id),
      };
    case 'undo': {
      const previous = draft.undo[draft.undo.length - 1];
      if (!previous) return draft;
      return { ...draft, records: previous, undo: draft.undo.slice(0, -1), lastEdit: null };
    }
    case 'saved':
      return startDraft(action.zone);
    case 'invalid':
      return { ...draft, serverIssues: action.issues, lastEdit: null };
    case 'conflict':
      return {
        ...draft,
        lastEdit: null,
        conflict: {
          theirs: action.theirs,
          theirChanges: diffZone(draft.base.records, action.theirs.records),
        },
      };
    case 'reapply': {
      if (!draft.conflict) return draft;
      const { theirs } = draft.conflict;
      const edits = diffZone(draft.base.records, draft.records);
      const { records, clashes } = reapplyEdits(draft.base.records, theirs.records, edits);
      return {
        ...draft,
        base: theirs,
        records,
        undo: [],
        lastEdit: null,
        serverIssues: [],
        clashes,
        conflict: null,
      };
    }
    case 'discard':
      return draft.conflict ? startDraft(draft.conflict.theirs) : draft;
    case 'synced':
      if (action.zone.etag === draft.base.etag || pendingCount(draft) > 0 || draft.conflict) {
        return draft;
      }
      return startDraft(action.zone);
  }
}

/** How many records the person added, deleted or changed since the zone was loaded. */
export function pendingCount(draft: ZoneDraft): number {
  if (draft.records === draft.base.records) return 0;
  const edits = diffZone(draft.base.records, draft.records);
  return edits.added.length + edits.removed.length + edits.changed.length;
}
