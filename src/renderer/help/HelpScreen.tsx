import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { meStore } from '../app/me-store';
import { useSessionStore } from '../app/session-store';
import { useDocumentTitle } from '../components/use-document-title';
import { resources, toLanguage } from '../i18n';
import { redirect, useRoute } from '../router/hash';
import { hrefOf } from '../router/routes';
import { useViewFocus } from '../router/use-sub-route';
import { menuAccess, menuEntryFor } from '../shell/menu';
import {
  ARTICLE_GROUPS,
  ARTICLES,
  articleById,
  articleLink,
  articleRoute,
  HELP_ROUTE,
  parseHelpPath,
  type ArticleId,
  type HelpArticle,
} from './articles';
import { highlightNext } from './help-target';
import { searchArticles, type ArticleText } from './help-search';
import { useHelpSearch } from './search-store';
import './help.css';

const VIEW_TITLE_ID = 'help-view-title';

/** Every article's text in the language shown, in the registry's order. */
function articleTexts(language: string): { id: ArticleId; text: ArticleText }[] {
  const tree = resources[toLanguage(language)].translation.help.articles;
  return ARTICLES.map(({ id }) => ({
    id,
    text: { ...tree[id], steps: Object.values(tree[id].steps) },
  }));
}

/** "Hilfe": the articles by topic with a search, and one article with its way to the screen. */
export function HelpScreen() {
  const { t } = useTranslation();
  const { path } = useRoute();
  const parsed = parseHelpPath(path);
  const articleId = parsed ?? null;
  useDocumentTitle(
    articleId ? `${t(`help.articles.${articleId}.title`)} – ${t('help.title')}` : t('help.title'),
  );

  useEffect(() => {
    if (parsed === undefined && path.startsWith(`${HELP_ROUTE}/`)) redirect(HELP_ROUTE);
  }, [parsed, path]);

  useViewFocus(articleId ?? '', VIEW_TITLE_ID);

  return (
    <div className="screen help">
      <h1>{t('help.title')}</h1>
      {articleId ? <ArticleView article={articleById(articleId)!} /> : <ArticleList />}
    </div>
  );
}

function ArticleList() {
  const { t, i18n } = useTranslation();
  const query = useHelpSearch((s) => s.query);
  const setQuery = useHelpSearch((s) => s.setQuery);
  const hintId = useId();
  const texts = articleTexts(i18n.language);
  const textOf = new Map(texts.map(({ id, text }) => [id, text]));
  const found = query.trim() ? searchArticles(query, texts) : null;

  return (
    <section aria-labelledby={VIEW_TITLE_ID}>
      <h2 className="visually-hidden" id={VIEW_TITLE_ID} tabIndex={-1}>
        {t('help.groups.label')}
      </h2>
      <p className="lead">{t('help.intro')}</p>
      <div role="search" className="field help-search">
        <label className="field__label" htmlFor="help-search">
          {t('help.search.label')}
        </label>
        <input
          id="help-search"
          className="field__input"
          type="search"
          value={query}
          aria-describedby={hintId}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="field__hint" id={hintId}>
          {t('help.search.hint')}
        </p>
      </div>
      <p role="status" className="billing-count" data-testid="help-search-status">
        {found === null
          ? ''
          : found.length > 0
            ? t('help.search.results', { count: found.length })
            : t('help.search.none', { query: query.trim() })}
      </p>
      {found !== null ? (
        <div data-testid="help-results">
          <ArticleLinks ids={found} textOf={textOf} />
        </div>
      ) : (
        ARTICLE_GROUPS.map((group) => (
          <section key={group} className="help-group" aria-labelledby={`help-group-${group}`}>
            <h3 id={`help-group-${group}`}>{t(`help.groups.${group}`)}</h3>
            <ArticleLinks
              ids={ARTICLES.filter((a) => a.group === group).map((a) => a.id)}
              textOf={textOf}
            />
          </section>
        ))
      )}
    </section>
  );
}

function ArticleLinks({
  ids,
  textOf,
}: {
  ids: readonly ArticleId[];
  textOf: Map<ArticleId, ArticleText>;
}) {
  if (ids.length === 0) return null;
  return (
    <ul className="help-list">
      {ids.map((id) => (
        <li key={id} className="help-list__item">
          <a href={hrefOf(articleRoute(id))}>{textOf.get(id)!.title}</a>
          <p className="help-list__summary">{textOf.get(id)!.summary}</p>
        </li>
      ))}
    </ul>
  );
}

function ArticleView({ article }: { article: HelpArticle }) {
  const { t, i18n } = useTranslation();
  const text = articleTexts(i18n.language).find((a) => a.id === article.id)!.text;
  return (
    <article aria-labelledby={VIEW_TITLE_ID}>
      <p className="back-link">
        <a href={hrefOf(HELP_ROUTE)}>{t('help.article.back')}</a>
      </p>
      <h2 className="billing-view__title" id={VIEW_TITLE_ID} tabIndex={-1}>
        {text.title}
      </h2>
      <p className="lead">{text.summary}</p>
      <h3>{t('help.article.steps')}</h3>
      <ol className="help-steps" data-testid="help-steps">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="help-action">
        {article.signedOut ? (
          <SignedOutAction article={article} />
        ) : (
          <OpenAction article={article} />
        )}
      </div>
    </article>
  );
}

/** The way to the article's screen, or why the person cannot go there. */
function OpenAction({ article }: { article: HelpArticle }) {
  const { t } = useTranslation();
  const rights = meStore.use((s) => s.cached?.data.rights ?? null);
  const entry = menuEntryFor(article.route.split('?')[0]!);
  if (!entry) return null;
  const screen = t(entry.labelKey);
  const access = menuAccess(entry, rights);
  if (!access.open && access.reason === 'missingRight') {
    return (
      <p className="notice" data-testid="help-no-right">
        {t('help.article.noRight', { screen, right: t(`team.rights.${access.right}`) })}
      </p>
    );
  }
  return (
    <>
      <a className="button button--primary" href={hrefOf(articleLink(article))}>
        {t('help.article.open', { screen })}
      </a>
      <p className="meta">{t('help.article.openHint')}</p>
    </>
  );
}

/** Sign-in screens show only signed out: say so, and offer to sign out to see the place. */
function SignedOutAction({ article }: { article: HelpArticle }) {
  const { t } = useTranslation();
  const logout = useSessionStore((s) => s.logout);
  const hintId = useId();
  const open = async () => {
    await logout();
    if (article.target) highlightNext(article.target);
  };
  return (
    <>
      <p className="notice" id={hintId}>
        {t('help.article.signedOutHint')}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        onClick={() => void open()}
      >
        {t('help.article.signOutAndOpen')}
      </button>
    </>
  );
}
