import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { redirect, useRoute } from '../router/hash';
import { hrefOf } from '../router/routes';
import { connectBilling } from './billing-stores';
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
];

/** "Abrechnung": its sub-navigation and the view the route names. */
export function BillingScreen() {
  const { t } = useTranslation();
  const { path } = useRoute();
  const parsed = parseBillingPath(path);
  const view: BillingView = parsed ?? { section: 'overview' };
  const viewKey = view.invoiceId === undefined ? view.section : `invoice:${view.invoiceId}`;
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
    };
  }, []);

  useEffect(() => {
    if (!parsed) redirect(BILLING_ROUTES.overview);
  }, [parsed]);

  // moving between views: take focus to the new view's heading, as a page load would
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(VIEW_TITLE_ID)?.focus();
  }, [viewKey]);

  return (
    <div className="screen billing">
      <h1>{t('billing.title')}</h1>
      <nav className="subnav" aria-label={t('billing.nav.label')} data-help-target="billing-nav">
        <ul className="subnav__list">
          {SECTIONS.map((section) => {
            const here = section === view.section;
            return (
              <li key={section}>
                <a
                  className="subnav__item"
                  href={hrefOf(BILLING_ROUTES[section])}
                  aria-current={here ? (view.invoiceId === undefined ? 'page' : 'true') : undefined}
                >
                  {t(`billing.nav.${section}`)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
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
  }
}
