import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { hrefOf } from '../router/routes';
import { redirect, useRoute } from '../router/hash';
import { forgetDraftsOnSignOut } from './forget-drafts';
import { NewTicketView } from './NewTicketView';
import { parseSupportPath, SUPPORT_ROUTES, type SupportView } from './routes';
import { connectSupport } from './support-stores';
import { TicketListView } from './TicketListView';
import { TicketThreadView } from './TicketThreadView';
import { SUPPORT_VIEW_TITLE_ID } from './ViewTitle';
import './support.css';

const SECTIONS = ['tickets', 'newTicket'] as const;

/** "Support": the tickets, a new ticket, one ticket's thread. */
export function SupportScreen() {
  const { t } = useTranslation();
  const { path } = useRoute();
  const parsed = parseSupportPath(path);
  const view: SupportView = parsed ?? { view: 'tickets' };
  const viewKey = view.view === 'ticket' ? `ticket:${view.id}` : view.view;
  useDocumentTitle(
    view.view === 'newTicket'
      ? `${t('support.nav.newTicket')} – ${t('support.title')}`
      : t('support.title'),
  );

  useEffect(() => {
    forgetDraftsOnSignOut();
    return connectSupport();
  }, []);

  useEffect(() => {
    if (!parsed) redirect(SUPPORT_ROUTES.tickets);
  }, [parsed]);

  // moving between views: take focus to the new view's heading, as a page load would
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(SUPPORT_VIEW_TITLE_ID)?.focus();
  }, [viewKey]);

  return (
    <div className="screen support">
      <h1>{t('support.title')}</h1>
      <nav className="subnav" aria-label={t('support.nav.label')} data-help-target="support-nav">
        <ul className="subnav__list">
          {SECTIONS.map((section) => {
            const here = section === view.view || (section === 'tickets' && view.view === 'ticket');
            return (
              <li key={section}>
                <a
                  className="subnav__item"
                  href={hrefOf(SUPPORT_ROUTES[section])}
                  aria-current={here ? (view.view === 'ticket' ? 'true' : 'page') : undefined}
                >
                  {t(`support.nav.${section}`)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <section className="support-view" aria-labelledby={SUPPORT_VIEW_TITLE_ID}>
        {view.view === 'ticket' ? (
          <TicketThreadView key={view.id} id={view.id} />
        ) : view.view === 'newTicket' ? (
          <NewTicketView />
        ) : (
          <TicketListView />
        )}
      </section>
    </div>
  );
}
