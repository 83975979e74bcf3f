import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { domainRoute } from '../domains/routes';
import { contractRoute } from '../products/routes';
import { hrefOf, ROUTES } from '../router/routes';
import { SyncedAt } from '../billing/SyncedAt';
import { noticeBody, noticeTitle, noticeWindow } from './notice-format';
import { connectNotices, noticesStore } from './notices-store';

/** One provider notice, from the cache (also offline): what, when, and what it touches. */
export function NoticeView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { cached, loaded } = noticesStore.use();
  const notice = cached?.data.find((n) => n.id === id) ?? null;
  const title = notice ? noticeTitle(notice, lang) : t('dashboard.cards.notices.title');
  useDocumentTitle(title);
  useEffect(() => connectNotices(), []);

  return (
    <div className="screen">
      <p className="back-link">
        <a href={hrefOf(ROUTES.dashboard)}>{t('notices.back')}</a>
      </p>
      <h1>{title}</h1>
      {notice ? (
        <article className="card notice-detail" data-testid="notice-detail">
          <p>
            <span className={`badge badge--notice-${notice.state}`}>
              {t(`notices.kind.${notice.kind}`)} · {t(`notices.state.${notice.state}`)}
            </span>{' '}
            {noticeWindow(t, notice, lang)}
          </p>
          {noticeBody(notice, lang) ? <p>{noticeBody(notice, lang)}</p> : null}
          {notice.general ? <p>{t('notices.general')}</p> : null}
          {notice.contractIds?.length ? (
            <>
              <h2 className="card__subtitle">{t('notices.contracts')}</h2>
              <ul>
                {notice.contractIds.map((contractId) => (
                  <li key={contractId}>
                    <a href={hrefOf(contractRoute(contractId))}>{contractId}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {notice.domains?.length ? (
            <>
              <h2 className="card__subtitle">{t('notices.domains')}</h2>
              <ul>
                {notice.domains.map((name) => (
                  <li key={name}>
                    <a className="mono" href={hrefOf(domainRoute(name))}>
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {cached ? <SyncedAt time={cached.syncedAt} /> : null}
        </article>
      ) : loaded ? (
        <p className="notice" role="status">
          {t('notices.notFound')}
        </p>
      ) : (
        <p className="meta" role="status" aria-busy="true">
          {t('dashboard.cards.loading')}
        </p>
      )}
    </div>
  );
}
