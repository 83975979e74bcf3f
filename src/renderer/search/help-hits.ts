/**
 * The help articles as search results, in the language shown: the texts are the renderer's
 * (locale files), so the core cannot search them; they rank by the same rule as the rest.
 */
import type { TFunction } from 'i18next';
import { best, prepare, prepareQuery } from '../../shared/search/match';
import type { SearchHit } from '../../shared/search/types';
import { ARTICLES, articleRoute, type HelpArticle } from '../help/articles';

export function helpHits(query: string, t: TFunction, limit: number): SearchHit[] {
  const prepared = prepareQuery(query);
  if (!prepared) return [];
  const articles = ARTICLES.map((article: HelpArticle) => {
    const title = t(`help.articles.${article.id}.title`);
    const summary = t(`help.articles.${article.id}.summary`);
    const steps = t(`help.articles.${article.id}.steps`, { returnObjects: true }) as unknown;
    const stepTexts =
      steps && typeof steps === 'object' ? Object.values(steps as Record<string, string>) : [];
    return {
      article,
      title,
      summary,
      searchable: prepare(title, [title], [summary, ...stepTexts]),
    };
  });
  return best(articles, (a) => a.searchable, prepared, limit).map(({ item, rank }) => ({
    kind: 'help',
    id: item.article.id,
    title: item.title,
    subtitle: item.summary,
    route: articleRoute(item.article.id),
    rank,
  }));
}
