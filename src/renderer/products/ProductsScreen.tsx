import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { useSubRoute } from '../router/use-sub-route';
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

const LIST: ProductsView = { view: 'list' };

/** "Produkte & Dienste": the contract list, a contract, its credentials and its cancellation. */
export function ProductsScreen() {
  const { t } = useTranslation();
  const { view, params } = useSubRoute<ProductsView>({
    parse: parseProductsPath,
    fallback: LIST,
    home: PRODUCTS_ROUTE,
    viewKey: (v) => ('id' in v ? `${v.view}:${v.id}` : v.view),
    titleId: PRODUCTS_VIEW_TITLE_ID,
  });
  useDocumentTitle(t('products.title'));

  useEffect(() => connectProducts(), []);

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
