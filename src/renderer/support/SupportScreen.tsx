import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { hrefOf } from '../router/routes';
import { useSubRoute } from '../router/use-sub-route';
import { SubNav } from '../components/SubNav';
import { forgetDraftsOnSignOut } from './forget-drafts';
import { NewTicketView } from './NewTicketView';
import { parseSupportPath, SUPPORT_ROUTES, type SupportView } from './routes';
import { connectSupport } from './support-stores';
import { TicketListView } from './TicketListView';
import { TicketThreadView } from './TicketThreadView';
import { SUPPORT_VIEW_TITLE_ID } from './ViewTitle';
import './support.css';

const SECTIONS = ['tickets', 'newTicket'] as const;
const TICKETS: SupportView = { view: 'tickets' };

/** "Support": the tickets, a new ticket, one ticket's thread. */
export function SupportScreen() {
  const { t } = useTranslation();
  const { view } = useSubRoute<SupportView>({
    parse: parseSupportPath,
    fallback: TICKETS,
    home: SUPPORT_ROUTES.tickets,
    viewKey: (v) => (v.view === 'ticket' ? `ticket:${v.id}` : v.view),
    titleId: SUPPORT_VIEW_TITLE_ID,
  });
  useDocumentTitle(
    view.view === 'newTicket'
      ? `${t('support.nav.newTicket')} – ${t('support.title')}`
      : t('support.title'),
  );

  useEffect(() => {
    forgetDraftsOnSignOut();
    return connectSupport();
  }, []);

  return (
    <div className="screen support">
      <h1>{t('support.title')}</h1>
      <SubNav
        label={t('support.nav.label')}
        data-help-target="support-nav"
        items={SECTIONS.map((section) => {
          const here = section === view.view || (section === 'tickets' && view.view === 'ticket');
          return {
            key: section,
            href: hrefOf(SUPPORT_ROUTES[section]),
            label: t(`support.nav.${section}`),
            current: here ? (view.view === 'ticket' ? 'true' : 'page') : undefined,
          };
        })}
      />
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
