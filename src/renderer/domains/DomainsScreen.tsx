import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { redirect, useRoute } from '../router/hash';
import { DnsEditorView } from './DnsEditorView';
import { DomainDetailView } from './DomainDetailView';
import { DomainListView } from './DomainListView';
import { connectDomains } from './domains-stores';
import { DOMAINS_ROUTE, parseDomainsPath, type DomainsView } from './routes';
import { DOMAINS_VIEW_TITLE_ID } from './ViewTitle';
import './domains.css';

/** "Domains": the list, a domain's detail and its DNS editor. */
export function DomainsScreen() {
  const { t } = useTranslation();
  const { path } = useRoute();
  const parsed = parseDomainsPath(path);
  const view: DomainsView = parsed ?? { view: 'list' };
  const viewKey = 'name' in view ? `${view.view}:${view.name}` : view.view;
  useDocumentTitle(t('domains.title'));

  useEffect(() => connectDomains(), []);

  useEffect(() => {
    if (!parsed) redirect(DOMAINS_ROUTE);
  }, [parsed]);

  // moving between views: take focus to the new view's heading, as a page load would
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(DOMAINS_VIEW_TITLE_ID)?.focus();
  }, [viewKey]);

  return (
    <div className="screen domains">
      <h1>{t('domains.title')}</h1>
      <section className="domains-view" aria-labelledby={DOMAINS_VIEW_TITLE_ID}>
        <View view={view} />
      </section>
    </div>
  );
}

function View({ view }: { view: DomainsView }) {
  switch (view.view) {
    case 'list':
      return <DomainListView />;
    case 'detail':
      return <DomainDetailView key={view.name} name={view.name} />;
    case 'dns':
      return <DnsEditorView key={view.name} name={view.name} />;
  }
}
