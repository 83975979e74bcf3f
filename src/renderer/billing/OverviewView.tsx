import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingOverview } from '../../shared/billing';
import { formatDate, formatMoney } from '../format';
import { hrefOf } from '../router/routes';
import { overviewStore } from './billing-stores';
import { ExportArchive } from './ExportArchive';
import { LoadState } from './LoadState';
import { OfflinePdfSetting } from './OfflinePdfSetting';
import { BILLING_ROUTES } from './routes';
import { SyncedAt } from './SyncedAt';

/** "Abrechnung" at a glance: what is open and due, how it is paid, and the yearly archive. */
export function OverviewView() {
  const state = overviewStore.use();
  return (
    <>
      <LoadState state={state} retry={() => void overviewStore.load()}>
        {(overview, syncedAt) => (
          <>
            <Summary overview={overview} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
      <ExportArchive />
      <OfflinePdfSetting />
    </>
  );
}

function Summary({ overview }: { overview: BillingOverview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mandate = overview.mandate?.status === 'active' ? overview.mandate : null;
  return (
    <div className="card-grid billing-summary">
      <SummaryCard
        id="overview-open"
        title={t('billing.overview.open')}
        value={formatMoney(overview.openCents, lang)}
        link={{ href: BILLING_ROUTES.invoices, label: t('billing.overview.toInvoices') }}
      />
      <SummaryCard
        id="overview-overdue"
        title={t('billing.overview.overdue')}
        value={formatMoney(overview.overdueCents, lang)}
        tone={overview.overdueCents > 0 ? 'danger' : undefined}
        hint={
          overview.overdueCents > 0 ? (
            <>
              {overview.overdueSinceDate ? (
                <span className="billing-card__since" data-testid="overview-overdue-since">
                  {t('billing.overview.overdueSince', {
                    date: formatDate(overview.overdueSinceDate, lang),
                  })}{' '}
                </span>
              ) : null}
              {t('billing.overview.overdueHint')}
            </>
          ) : undefined
        }
      />
      <SummaryCard
        id="overview-next-due"
        title={t('billing.overview.nextDue')}
        value={
          overview.nextDueDate
            ? formatDate(overview.nextDueDate, lang)
            : t('billing.overview.nothingDue')
        }
      />
      <SummaryCard
        id="overview-payment-method"
        title={t('billing.overview.paymentMethod')}
        value={
          overview.paymentMethod
            ? t(`billing.methods.name.${overview.paymentMethod}`)
            : t('billing.overview.noPaymentMethod')
        }
        link={{ href: BILLING_ROUTES.paymentMethods, label: t('billing.overview.toMethods') }}
      />
      <SummaryCard
        id="overview-mandate"
        title={t('billing.overview.mandate')}
        value={mandate ? t('billing.overview.mandateActive') : t('billing.overview.mandateNone')}
        hint={
          mandate
            ? t('billing.overview.mandateReference', { reference: mandate.reference })
            : undefined
        }
        link={{
          href: BILLING_ROUTES.sepa,
          label: mandate ? t('billing.overview.toMandate') : t('billing.overview.createMandate'),
        }}
      />
    </div>
  );
}

interface SummaryCardProps {
  id: string;
  title: string;
  value: string;
  tone?: 'danger' | undefined;
  hint?: ReactNode;
  link?: { href: string; label: string };
}

function SummaryCard({ id, title, value, tone, hint, link }: SummaryCardProps) {
  return (
    <section className="card billing-card" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {title}
      </h3>
      <p
        className={
          tone ? `billing-card__value billing-card__value--${tone}` : 'billing-card__value'
        }
        data-testid={id}
      >
        {value}
      </p>
      {hint ? <p className="card__hint">{hint}</p> : null}
      {link ? (
        <p className="billing-card__link">
          <a href={hrefOf(link.href)}>{link.label}</a>
        </p>
      ) : null}
    </section>
  );
}
