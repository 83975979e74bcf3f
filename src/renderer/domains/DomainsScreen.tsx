import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { useSubRoute } from '../router/use-sub-route';
import { DnsEditorView } from './DnsEditorView';
import { DomainDetailView } from './DomainDetailView';
import { DomainListView } from './DomainListView';
import { connectDomains } from './domains-stores';
import { DOMAINS_ROUTE, parseDomainsPath, type DomainsView } from './routes';
import { DOMAINS_VIEW_TITLE_ID } from './ViewTitle';
import './domains.css';

const LIST: DomainsView = { view: 'list' };

/** "Domains": the list, a domain's detail and its DNS editor. */
export function DomainsScreen() {
  const { t } = useTranslation();
  const { view } = useSubRoute<DomainsView>({
    parse: parseDomainsPath,
    fallback: LIST,
    home: DOMAINS_ROUTE,
    viewKey: (v) => ('name' in v ? `${v.view}:${v.name}` : v.view),
    titleId: DOMAINS_VIEW_TITLE_ID,
  });
  useDocumentTitle(t('domains.title'));

  useEffect(() => connectDomains(), []);

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
