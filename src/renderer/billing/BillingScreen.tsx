import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { hrefOf } from '../router/routes';
import { useSubRoute } from '../router/use-sub-route';
import { SubNav } from '../components/SubNav';
import { connectBilling } from './billing-stores';
import { resetCostsPeriod } from './costs-period';
import { CostsView } from './CostsView';
import { BillingEmailView } from './BillingEmailView';
import { InvoiceDetailView } from './InvoiceDetailView';
import { InvoiceListView } from './InvoiceListView';
import { resetInvoiceFilter } from './invoice-filter-store';
import { OverviewView } from './OverviewView';
import { PaymentMethodsView } from './PaymentMethodsView';
import { BILLING_ROUTES, parseBillingPath, type BillingSection, type BillingView } from './routes';
import { resetSepaStore } from './sepa-store';
import { SepaView } from './SepaView';
import { useStatementRange } from './StatementFilter';
import { StatementView } from './StatementView';
import { VIEW_TITLE_ID, ViewTitle } from './ViewTitle';

const SECTIONS: readonly BillingSection[] = [
  'overview',
  'invoices',
  'statement',
  'paymentMethods',
  'sepa',
  'email',
  'costs',
];

const OVERVIEW: BillingView = { section: 'overview' };

/** "Abrechnung": its sub-navigation and the view the route names. */
export function BillingScreen() {
  const { t } = useTranslation();
  const { view } = useSubRoute<BillingView>({
    parse: parseBillingPath,
    fallback: OVERVIEW,
    home: BILLING_ROUTES.overview,
    viewKey: (v) => (v.invoiceId === undefined ? v.section : `invoice:${v.invoiceId}`),
    titleId: VIEW_TITLE_ID,
  });
  const sectionTitle = t(`billing.nav.${view.section}`);
  useDocumentTitle(
    view.section === 'overview' ? t('billing.title') : `${sectionTitle} – ${t('billing.title')}`,
  );

  useEffect(() => {
    const disconnect = connectBilling();
    return () => {
      disconnect();
      resetInvoiceFilter();
      resetSepaStore();
      useStatementRange.getState().clear();
      resetCostsPeriod();
    };
  }, []);

  return (
    <div className="screen billing">
      <h1>{t('billing.title')}</h1>
      <SubNav
        label={t('billing.nav.label')}
        data-help-target="billing-nav"
        items={SECTIONS.map((section) => ({
          key: section,
          href: hrefOf(BILLING_ROUTES[section]),
          label: t(`billing.nav.${section}`),
          current:
            section === view.section ? (view.invoiceId === undefined ? 'page' : 'true') : undefined,
        }))}
      />
      <section className="billing-view" aria-labelledby={VIEW_TITLE_ID}>
        {view.invoiceId !== undefined ? (
          <InvoiceDetailView key={view.invoiceId} id={view.invoiceId} />
        ) : (
          <>
            <ViewTitle>{sectionTitle}</ViewTitle>
            <SectionView section={view.section} />
          </>
        )}
      </section>
    </div>
  );
}

function SectionView({ section }: { section: BillingSection }) {
  switch (section) {
    case 'overview':
      return <OverviewView />;
    case 'invoices':
      return <InvoiceListView />;
    case 'statement':
      return <StatementView />;
    case 'paymentMethods':
      return <PaymentMethodsView />;
    case 'sepa':
      return <SepaView />;
    case 'email':
      return <BillingEmailView />;
    case 'costs':
      return <CostsView />;
  }
}
