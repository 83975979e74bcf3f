/**
 * The search's in-memory index: per resource, the prepared entries of its cached list, built
 * in the background after a sync pass changed it (or on the first search, if sooner) (a list of 10,000 invoices is read and prepared once,
 * not per keystroke). A resource the user may not see is left out, whatever was built before.
 */
import { bestAndTotal, prepareQuery } from '../../../shared/search/match';
import {
  SEARCH_LIMIT_MAX,
  type DataKind,
  type SearchAnswer,
  type SearchHit,
} from '../../../shared/search/types';
import type { IndexEntry, SearchSource } from './search-sources';

/** What the index needs of the sync engine. */
export interface SearchReader {
  /** the cached list, or null when not cached or refused */
  readIfAllowed<T>(name: string): Promise<{ data: T } | null>;
  refusal(name: string): unknown;
}

/** An item's prepared entry, with what it was prepared from (a fingerprint of its JSON). */
interface Prepared {
  hash: number;
  length: number;
  entry: IndexEntry;
}

/** FNV-1a over the UTF-16 code units: a change to an item changes it (but for ~1 in 2³²). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export class SearchIndex {
  /** a build under way or done; invalidation drops it, so a build it overtook is not kept */
  private readonly built = new Map<string, Promise<IndexEntry[]>>();
  /**
   * Per resource, the entries of the last build by item id: a rebuild after one changed
   * invoice prepares that one again, not all 10,000 (~80–160 ms, and their garbage).
   */
  private readonly prepared = new Map<string, Map<string, Prepared>>();

  constructor(private readonly sources: readonly SearchSource[]) {}

  /** The hits for a query, at most `limit` per kind, best first. */
  async search(reader: SearchReader, text: string, limit: number): Promise<SearchHit[]> {
    return (await this.answer(reader, text, limit)).hits;
  }

  /** The hits (more of the kind `expand` names) and how many of each kind match in all. */
  async answer(
    reader: SearchReader,
    text: string,
    limit: number,
    expand?: DataKind,
  ): Promise<SearchAnswer> {
    const query = prepareQuery(text);
    if (!query) return { hits: [], totals: {} };
    const totals: SearchAnswer['totals'] = {};
    const perKind = await Promise.all(
      this.sources.map(async (source) => {
        if (reader.refusal(source.resource)) return [];
        const entries = await this.entries(reader, source);
        const max = source.kind === expand ? SEARCH_LIMIT_MAX : limit;
        const found = bestAndTotal(entries, (entry) => entry.searchable, query, max);
        if (found.total > 0) totals[source.kind] = found.total;
        return found.hits.map(({ item, rank }) => ({ ...item.hit, rank }));
      }),
    );
    // stable: equal ranks keep the order of the kinds, then of each list
    return { hits: perKind.flat().sort((a, b) => a.rank - b.rank), totals };
  }

  /** The data of these resources changed: rebuild them on the next search. */
  invalidate(resources: Iterable<string>): void {
    for (const resource of resources) this.built.delete(resource);
  }

  /**
   * Builds what is not built yet (after a sync pass), so the first search after new data
   * does not wait for 10,000 invoices to be read and prepared.
   */
  async warm(reader: SearchReader): Promise<void> {
    await Promise.all(
      this.sources
        .filter((source) => !reader.refusal(source.resource))
        .map((source) => this.entries(reader, source)),
    );
  }

  /** Forget everything (sign-out, another customer account). */
  clear(): void {
    this.built.clear();
    this.prepared.clear();
  }

  /** The entries of a list, each item prepared again only when it is new or changed. */
  private build(source: SearchSource, data: unknown): IndexEntry[] {
    const before = this.prepared.get(source.resource);
    const now = new Map<string, Prepared>();
    const entries = source.items(data).map((item) => {
      const json = JSON.stringify(item) ?? '';
      const hash = fnv1a(json);
      const id = source.id(item);
      const kept = now.get(id) ?? before?.get(id);
      const prepared =
        kept && kept.hash === hash && kept.length === json.length
          ? kept
          : { hash, length: json.length, entry: source.entry(item) };
      now.set(id, prepared);
      return prepared.entry;
    });
    this.prepared.set(source.resource, now);
    return entries;
  }

  private entries(reader: SearchReader, source: SearchSource): Promise<IndexEntry[]> {
    const existing = this.built.get(source.resource);
    if (existing) return existing;
    const forget = () => {
      if (this.built.get(source.resource) === building) this.built.delete(source.resource);
    };
    const building = reader.readIfAllowed<unknown>(source.resource).then(
      (cached) => {
        if (cached) return this.build(source, cached.data);
        // not cached yet (the first sync is still under way): nothing now, read again next time
        forget();
        return [];
      },
      () => {
        // unreadable now (refused meanwhile, a damaged entry): left out, tried again next time
        forget();
        return [] as IndexEntry[];
      },
    );
    this.built.set(source.resource, building);
    return building;
  }
}
