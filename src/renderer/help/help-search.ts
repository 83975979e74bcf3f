/** Full-text search over the help articles in the language shown. */
import type { ArticleId } from './articles';

export interface ArticleText {
  title: string;
  summary: string;
  steps: readonly string[];
}

/**
 * Lower case, umlauts as their two-letter forms (ä → ae, ß → ss), accents dropped, "e-mail" as
 * "email" and "…nummer" as "…nr", punctuation as spaces: so "Kundennr", "kundennummer" and
 * "KUNDENNUMMER" find the same, as do "Rechnungs-E-Mail" and "rechnungsemail".
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/e-mail/g, 'email')
    .replace(/nummer/g, 'nr')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a query, normalised. */
function words(query: string): string[] {
  return normalise(query).split(' ').filter(Boolean);
}

/** A text to look words up in; "rechnungsemail" also finds "Rechnungs-E-Mail". */
function field(text: string) {
  const spaced = ` ${normalise(text)}`;
  const compact = spaced.replace(/ /g, '');
  return {
    has: (word: string) => spaced.includes(word) || compact.includes(word),
    startsWord: (word: string) => spaced.includes(` ${word}`),
  };
}

/**
 * The articles whose title, summary or steps contain every word of the query (as part of a
 * word, so "lastschrift" finds "SEPA-Lastschriftmandat"), best first: matches in the title
 * count most. An empty query finds nothing.
 */
export function searchArticles(
  query: string,
  texts: ReadonlyArray<{ id: ArticleId; text: ArticleText }>,
): ArticleId[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const hits: { id: ArticleId; score: number; order: number }[] = [];
  texts.forEach(({ id, text }, order) => {
    const title = field(text.title);
    const summary = field(text.summary);
    const body = field(text.steps.join(' '));
    let score = 0;
    for (const word of wanted) {
      if (title.has(word)) score += title.startsWord(word) ? 4 : 3;
      else if (summary.has(word)) score += 2;
      else if (body.has(word)) score += 1;
      else return;
    }
    hits.push({ id, score, order });
  });
  return hits.sort((a, b) => b.score - a.score || a.order - b.order).map((h) => h.id);
}
