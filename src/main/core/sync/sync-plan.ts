/**
 * What one sync pass must fetch, worked out from the server's change log. Pure, so the rules
 * (a reset or a missing entry means everything, a document is fetched whole, a collection only
 * the items named) are tested without a server.
 */
import type { SyncResource } from './sync-resources';

export interface Change {
  resource: string;
  id: string;
  op: string;
}

/**
 * A whole resource, or (collections only) the items to fetch again and those deleted. A whole
 * collection also names the items whose cached detail to fetch again though their list entry
 * may look the same (`recheck`): the ones the log named, or all of them when the log started
 * over and cannot say which changed.
 */
export type Work =
  | { full: true; recheck?: ReadonlySet<string> | 'all' }
  | { full: false; upserts: ReadonlySet<string>; deletes: ReadonlySet<string> };

export type SyncPlan = Map<string, Work>;

const FULL: Work = { full: true };

/**
 * The plan for a pass: every resource on `reset` and every one in `missing` (never cached, or
 * its entry was dropped) whole; otherwise documents whole when named (by their own name or one
 * in `alsoOn`), collections by item. A collection with more named items than one list page is
 * cheaper to fetch whole. Resources the server refused (`forbidden`) are left out — asking
 * again every pass would only hear 403 again — except on a reset, which asks everything anew.
 */
export function planPass(
  resources: readonly SyncResource[],
  changes: readonly Change[],
  reset: boolean,
  missing: ReadonlySet<string>,
  forbidden: ReadonlySet<string> = new Set(),
): SyncPlan {
  const plan: SyncPlan = new Map();
  const items = new Map<string, { upserts: Set<string>; deletes: Set<string> }>();
  const allowed = resources.filter((resource) => reset || !forbidden.has(resource.name));
  const byName = new Map(allowed.map((resource) => [resource.name, resource]));
  /** change-log names that make a document stale besides its own */
  const alsoFor = new Map<string, string[]>();
  for (const resource of allowed) {
    if (reset || missing.has(resource.name)) plan.set(resource.name, FULL);
    if (resource.kind !== 'document') continue;
    for (const other of resource.alsoOn ?? []) {
      alsoFor.set(other, [...(alsoFor.get(other) ?? []), resource.name]);
    }
  }
  for (const change of changes) {
    for (const name of alsoFor.get(change.resource) ?? []) plan.set(name, FULL);
    const resource = byName.get(change.resource);
    if (!resource) continue;
    if (resource.kind === 'document') {
      plan.set(resource.name, FULL);
      continue;
    }
    let named = items.get(resource.name);
    if (!named) {
      named = { upserts: new Set(), deletes: new Set() };
      items.set(resource.name, named);
    }
    // the log is in order: the last entry for an id decides
    if (change.op === 'delete') {
      named.upserts.delete(change.id);
      named.deletes.add(change.id);
    } else {
      named.deletes.delete(change.id);
      named.upserts.add(change.id);
    }
  }
  for (const [name, named] of items) {
    const resource = byName.get(name);
    const pageSize = resource?.kind === 'collection' ? resource.pageSize : Infinity;
    // a detail can change without its list entry: the whole list alone would not show it
    const whole: Work = named.upserts.size > 0 ? { full: true, recheck: named.upserts } : FULL;
    if (plan.get(name)?.full) plan.set(name, whole);
    else if (named.upserts.size + named.deletes.size > pageSize) plan.set(name, whole);
    else plan.set(name, { full: false, upserts: named.upserts, deletes: named.deletes });
  }
  return plan;
}

/** `v1.<server instance>.<position>`, as the server hands cursors out (changes/changes.ts) */
const CURSOR = /^(v1\.[^.]+)\.(\d{1,15})$/;

/**
 * Whether a pass that read the change log up to `reached` covers the change at `cursor` (a
 * live change event's): the same cursor, or one of the same server instance at a position
 * not after it. Anything else (another instance, a shape not known) is not covered, which
 * costs one pass more and is never wrong.
 */
export function coversCursor(reached: string | null, cursor: string): boolean {
  if (reached === null) return false;
  if (reached === cursor) return true;
  const a = CURSOR.exec(reached);
  const b = CURSOR.exec(cursor);
  return a !== null && b !== null && a[1] === b[1] && Number(b[2]) <= Number(a[2]);
}
