/**
 * How the global search matches and ranks, shared by the core (cached data) and the renderer
 * (help articles in the current language), so both kinds of result sort by the same rule:
 * the exact number or name first, then the start of it, then the start of a word (of the
 * title before the other fields), then text anywhere. Case and diacritics do not count
 * ("muller" finds "Müller", "strasse" finds "Straße").
 */

/** Lower case without diacritics; ß as ss. */
export function normalize(text: string): string {
  // most of what is indexed (numbers, amounts, dates) is ASCII: no decomposition needed
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

const ASCII = /^[\x20-\x7e]*$/;

/** The words of a normalized text: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** One thing to find, prepared once when the index is built. */
export interface Searchable {
  /** the key (number or name) without separators: "re2026004711" */
  key: string;
  /** " re 2026 004711": each word behind a space, for word-start tests */
  titleWords: string;
  /** the title's words run together, for tests anywhere */
  titleCompact: string;
  otherWords: string;
  otherCompact: string;
}

/** A query, prepared once per search. */
export interface Query {
  words: string[];
  compact: string;
}

/** The ranks, lower is better. */
export const RANK = {
  exact: 0,
  keyStart: 1,
  titleWordStart: 2,
  otherWordStart: 3,
  titleAnywhere: 4,
  otherAnywhere: 5,
} as const;
export const RANK_COUNT = 6;
/** a word of the query is looked for inside words only from this length */
const ANYWHERE_MIN = 3;

export function prepareQuery(text: string): Query | null {
  const words = wordsOf(text);
  return words.length === 0 ? null : { words, compact: words.join('') };
}

/** Prepares a thing: its key, the fields that name it (title) and the others. */
export function prepare(
  key: string,
  title: readonly string[],
  other: readonly string[] = [],
): Searchable {
  const titleFields = title.map(wordsOf);
  const otherFields = other.map(wordsOf);
  return {
    key: wordsOf(key).join(''),
    titleWords: ` ${titleFields.flat().join(' ')}`,
    titleCompact: titleFields.map((words) => words.join('')).join(' '),
    otherWords: ` ${otherFields.flat().join(' ')}`,
    otherCompact: otherFields.map((words) => words.join('')).join(' '),
  };
}

/**
 * The rank of a thing for a query, or null when it does not match: every word of the query
 * must be found, and the word found worst decides.
 */
export function rank(item: Searchable, query: Query): number | null {
  if (item.key !== '') {
    if (item.key === query.compact) return RANK.exact;
    if (item.key.startsWith(query.compact)) return RANK.keyStart;
  }
  let worst: number = RANK.exact;
  for (const word of query.words) {
    const spaced = ` ${word}`;
    // one or two letters inside a word find almost anything ("02" in "2025"): starts only
    const inside = word.length >= ANYWHERE_MIN;
    const found = item.titleWords.includes(spaced)
      ? RANK.titleWordStart
      : item.otherWords.includes(spaced)
        ? RANK.otherWordStart
        : inside && item.titleCompact.includes(word)
          ? RANK.titleAnywhere
          : inside && item.otherCompact.includes(word)
            ? RANK.otherAnywhere
            : null;
    if (found === null) {
      // "2026004711" is one word of the query but three of the number
      return item.key !== '' && item.key.includes(query.compact) ? RANK.titleAnywhere : null;
    }
    worst = Math.max(worst, found);
  }
  return worst;
}

/** The best `limit` of a list, and how many match in all (for "alle 18 anzeigen"). */
export function bestAndTotal<T>(
  items: readonly T[],
  searchableOf: (item: T) => Searchable,
  query: Query,
  limit: number,
): { hits: { item: T; rank: number }[]; total: number } {
  const buckets: T[][] = Array.from({ length: RANK_COUNT }, () => []);
  let total = 0;
  for (const item of items) {
    const found = rank(searchableOf(item), query);
    if (found === null) continue;
    total += 1;
    const bucket = buckets[found]!;
    if (bucket.length < limit) bucket.push(item);
  }
  const hits: { item: T; rank: number }[] = [];
  buckets.forEach((bucket, found) => {
    for (const item of bucket) if (hits.length < limit) hits.push({ item, rank: found });
  });
  return { hits, total };
}

/**
 * The best `limit` of a list for a query, best first, ties in list order; `rankOf` answers
 * null for a thing that does not match. Linear: one pass into a bucket per rank.
 */
export function best<T>(
  items: readonly T[],
  searchableOf: (item: T) => Searchable,
  query: Query,
  limit: number,
): { item: T; rank: number }[] {
  const buckets: T[][] = Array.from({ length: RANK_COUNT }, () => []);
  for (const item of items) {
    const found = rank(searchableOf(item), query);
    if (found === null) continue;
    const bucket = buckets[found]!;
    if (bucket.length < limit) bucket.push(item);
    // an exact match cannot be beaten
    if (found === RANK.exact && bucket.length >= limit) break;
  }
  const out: { item: T; rank: number }[] = [];
  buckets.forEach((bucket, found) => {
    for (const item of bucket) if (out.length < limit) out.push({ item, rank: found });
  });
  return out;
}
