/**
 * The search's results as a person reads them: grouped by kind with each kind's count, real
 * data first (the kind with the best match leads) and the help last, and a "show all" entry
 * where a kind has more than it shows.
 */
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../shared/search/types';

export type SearchItem =
  { type: 'hit'; hit: SearchHit } | { type: 'more'; kind: SearchKind; total: number };

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  items: SearchItem[];
}

/** Groups of hits; `totals` says how many match in all (a kind without one: those shown). */
export function groupHits(
  hits: readonly SearchHit[],
  totals: Partial<Record<SearchKind, number>>,
): SearchGroup[] {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of [...hits].sort((a, b) => a.rank - b.rank)) {
    byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit]);
  }
  const order = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
  const kinds = [...byKind.keys()].sort((a, b) => {
    if ((a === 'help') !== (b === 'help')) return a === 'help' ? 1 : -1;
    const best = byKind.get(a)![0]!.rank - byKind.get(b)![0]!.rank;
    return best !== 0 ? best : order(a) - order(b);
  });
  return kinds.map((kind) => {
    const shown = byKind.get(kind)!;
    const total = Math.max(totals[kind] ?? 0, shown.length);
    const items: SearchItem[] = shown.map((hit) => ({ type: 'hit', hit }));
    if (total > shown.length) items.push({ type: 'more', kind, total });
    return { kind, total, items };
  });
}
