import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { redirect, useRoute } from '../router/hash';
import { CancellationView } from './CancellationView';
import { CancelView } from './CancelView';
import { ContractDetailView } from './ContractDetailView';
import { ContractListView } from './ContractListView';
import { CredentialsView } from './CredentialsView';
import { connectProducts } from './products-stores';
import {
  CANCEL_CONTRACT_PARAM,
  parseProductsPath,
  PRODUCTS_ROUTE,
  type ProductsView,
} from './routes';
import { PRODUCTS_VIEW_TITLE_ID } from './ViewTitle';

/** "Produkte & Dienste": the contract list, a contract, its credentials and its cancellation. */
export function ProductsScreen() {
  const { t } = useTranslation();
  const { path, params } = useRoute();
  const parsed = parseProductsPath(path);
  const view: ProductsView = parsed ?? { view: 'list' };
  const viewKey = 'id' in view ? `${view.view}:${view.id}` : view.view;
  useDocumentTitle(t('products.title'));

  useEffect(() => connectProducts(), []);

  useEffect(() => {
    if (!parsed) redirect(PRODUCTS_ROUTE);
  }, [parsed]);

  // moving between views: take focus to the new view's heading, as a page load would
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(PRODUCTS_VIEW_TITLE_ID)?.focus();
  }, [viewKey]);

  return (
    <div className="screen products">
      <h1>{t('products.title')}</h1>
      <section className="products-view" aria-labelledby={PRODUCTS_VIEW_TITLE_ID}>
        <View view={view} preselect={params.get(CANCEL_CONTRACT_PARAM)} />
      </section>
    </div>
  );
}

function View({ view, preselect }: { view: ProductsView; preselect: string | null }) {
  switch (view.view) {
    case 'list':
      return <ContractListView />;
    case 'cancel':
      return <CancelView key={preselect ?? ''} preselect={preselect} />;
    case 'detail':
      return <ContractDetailView key={view.id} id={view.id} />;
    case 'credentials':
      return <CredentialsView key={view.id} contractId={view.id} />;
    case 'cancellation':
      return <CancellationView key={view.id} contractId={view.id} />;
  }
}
