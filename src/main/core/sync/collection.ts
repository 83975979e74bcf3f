/** Pure list arithmetic for cached collections: patching named items in, finding what moved. */

export interface ListShape<S> {
  idOf: (summary: S) => string;
  compare: (a: S, b: S) => number;
}

/**
 * The list with `upserts` put in (replacing entries with the same id) and `removals` taken
 * out, in the list's order. Answers the same array when nothing actually differs, so a caller
 * can skip the write and the 'data:changed' event.
 */
export function patchList<S>(
  list: readonly S[],
  upserts: readonly S[],
  removals: ReadonlySet<string>,
  shape: ListShape<S>,
): readonly S[] {
  const incoming = new Map(upserts.map((summary) => [shape.idOf(summary), summary]));
  let changed = false;
  const kept: S[] = [];
  for (const summary of list) {
    const id = shape.idOf(summary);
    if (removals.has(id) && !incoming.has(id)) {
      changed = true;
      continue;
    }
    const replacement = incoming.get(id);
    if (replacement === undefined) {
      kept.push(summary);
      continue;
    }
    incoming.delete(id);
    if (!sameJson(replacement, summary)) changed = true;
    kept.push(replacement);
  }
  if (incoming.size > 0) changed = true;
  if (!changed) return list;
  return [...kept, ...incoming.values()].sort(shape.compare);
}

/** Ids whose entry differs between two versions of a list, and ids that are gone. */
export function diffLists<S>(
  before: readonly S[],
  after: readonly S[],
  idOf: (summary: S) => string,
): { changed: string[]; removed: string[] } {
  const next = new Map(after.map((summary) => [idOf(summary), summary]));
  const changed: string[] = [];
  const removed: string[] = [];
  for (const summary of before) {
    const id = idOf(summary);
    const now = next.get(id);
    if (now === undefined) removed.push(id);
    else if (!sameJson(now, summary)) changed.push(id);
  }
  return { changed, removed };
}

/** Equality of two JSON values, whatever order their keys came in. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameJson(recordA[key], recordB[key]));
}
