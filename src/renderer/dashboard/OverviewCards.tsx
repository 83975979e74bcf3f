import { useTranslation } from 'react-i18next';
import type {
  DashboardOverview,
  DueSoonCard as DueSoon,
  OpenAmountCard as OpenAmount,
  SupportCard as Support,
} from '../../shared/dashboard/types';
import { BILLING_ROUTES, invoiceRoute } from '../billing/routes';
import { DOMAINS_ROUTE, domainRoute } from '../domains/routes';
import { formatDate, formatMoney } from '../format';
import { contractRoute, PRODUCTS_ROUTE } from '../products/routes';
import { hrefOf } from '../router/routes';
import { SUPPORT_ROUTES, ticketRoute } from '../support/routes';
import { DashboardCard, useRightName } from './DashboardCard';
import { NoticeItem } from './NoticeItem';

/** Every card and every part of one has its data (or is not allowed): nothing still loads. */
export function isComplete(overview: DashboardOverview | null): boolean {
  if (!overview) return false;
  const { openAmount, support, dueSoon, notices } = overview;
  const parts =
    dueSoon.status === 'ready'
      ? [dueSoon.data.domains, dueSoon.data.contracts, dueSoon.data.mandateMissing]
      : [dueSoon];
  return [openAmount, support, notices, ...parts].every((card) => card.status !== 'loading');
}

/** The four cards of the Übersicht, each linking to what it summarises. */
export function OverviewCards({ overview }: { overview: DashboardOverview | null }) {
  const { t } = useTranslation();
  return (
    <div
      className="card-grid dashboard-cards"
      data-testid="dashboard-cards"
      data-complete={isComplete(overview)}
    >
      <DashboardCard
        id="card-open-amount"
        title={t('dashboard.cards.open.title')}
        state={overview?.openAmount ?? null}
      >
        {(data) => <OpenAmountBody data={data} />}
      </DashboardCard>
      <DashboardCard
        id="card-support"
        title={t('dashboard.cards.support.title')}
        state={overview?.support ?? null}
      >
        {(data) => <SupportBody data={data} />}
      </DashboardCard>
      <DashboardCard
        id="card-due-soon"
        title={t('dashboard.cards.dueSoon.title')}
        state={overview?.dueSoon ?? null}
      >
        {(data) => <DueSoonBody data={data} />}
      </DashboardCard>
      <DashboardCard
        id="card-notices"
        title={t('dashboard.cards.notices.title')}
        state={overview?.notices ?? null}
      >
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('dashboard.cards.notices.nothing')}</p>
          ) : (
            <ul className="notice-list">
              {data.items.map((notice) => (
                <NoticeItem key={notice.id} notice={notice} />
              ))}
            </ul>
          )
        }
      </DashboardCard>
    </div>
  );
}

function OpenAmountBody({ data }: { data: OpenAmount }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      {data.failedDebits.map((debit) => (
        <p className="notice notice--warning" key={debit.invoiceId} data-testid="failed-debit">
          <a href={hrefOf(invoiceRoute(debit.invoiceId))}>
            {t('dashboard.cards.open.failedDebit', {
              amount: formatMoney(debit.amountCents, lang),
              number: debit.invoiceNumber,
              date: formatDate(debit.date, lang),
            })}
          </a>
        </p>
      ))}
      {data.openCount === 0 ? (
        <p>{t('dashboard.cards.open.nothing')}</p>
      ) : (
        <>
          <p className="billing-card__value" data-testid="open-sum">
            {t('dashboard.cards.open.sum', { amount: formatMoney(data.openCents, lang) })}
          </p>
          <p>{t('dashboard.cards.open.count', { count: data.openCount })}</p>
          {data.overdueCount > 0 ? (
            <p className="billing-card__value--danger">
              {t('dashboard.cards.open.overdue', {
                count: data.overdueCount,
                amount: formatMoney(data.overdueCents, lang),
              })}
            </p>
          ) : null}
          {data.nextDue ? (
            <p>
              <a href={hrefOf(invoiceRoute(data.nextDue.invoiceId))}>
                {t('dashboard.cards.open.nextDue', {
                  date: formatDate(data.nextDue.dueDate, lang),
                  number: data.nextDue.invoiceNumber,
                })}
              </a>
            </p>
          ) : null}
        </>
      )}
      <p className="billing-card__link">
        <a href={hrefOf(BILLING_ROUTES.invoices)}>{t('dashboard.cards.open.link')}</a>
      </p>
    </>
  );
}

function SupportBody({ data }: { data: Support }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="billing-card__value">
        {t('dashboard.cards.support.open', { count: data.openCount })}
      </p>
      <p>
        {data.firstUnreadId ? (
          <a href={hrefOf(ticketRoute(data.firstUnreadId))}>
            {t('dashboard.cards.support.unread', { count: data.unreadCount })}
          </a>
        ) : (
          t('dashboard.cards.support.noUnread')
        )}
      </p>
      {data.pendingReplies > 0 ? (
        <p>{t('dashboard.cards.support.pending', { count: data.pendingReplies })}</p>
      ) : null}
      {data.failedReplies > 0 ? (
        <p className="billing-card__value--danger">
          {t('dashboard.cards.support.failed', { count: data.failedReplies })}
        </p>
      ) : null}
      <p className="billing-card__link">
        <a href={hrefOf(SUPPORT_ROUTES.tickets)}>{t('dashboard.cards.support.link')}</a>
      </p>
    </>
  );
}

function DueSoonBody({ data }: { data: DueSoon }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rightName = useRightName();
  const denied = [
    ['domains', data.domains],
    ['contracts', data.contracts],
    ['mandate', data.mandateMissing],
  ] as const;
  const domains = data.domains.status === 'ready' ? data.domains.data : null;
  const contracts = data.contracts.status === 'ready' ? data.contracts.data : null;
  const mandateMissing = data.mandateMissing.status === 'ready' && data.mandateMissing.data;
  const nothing = !domains?.total && !contracts?.total && !mandateMissing;
  return (
    <>
      {mandateMissing ? (
        <p className="notice notice--warning" data-testid="mandate-missing">
          {t('dashboard.cards.dueSoon.mandateMissing')}{' '}
          <a href={hrefOf(BILLING_ROUTES.sepa)}>{t('dashboard.cards.dueSoon.mandateLink')}</a>
        </p>
      ) : null}
      {domains && domains.total > 0 ? (
        <ul className="due-list" data-testid="due-domains">
          {domains.items.map((domain) => (
            <li key={domain.name}>
              <a href={hrefOf(domainRoute(domain.name))}>
                {t('dashboard.cards.dueSoon.domain', {
                  name: domain.name,
                  date: formatDate(domain.expiresAt, lang),
                })}
              </a>
            </li>
          ))}
          {domains.total > domains.items.length ? (
            <li>
              <a href={hrefOf(DOMAINS_ROUTE)}>
                {t('dashboard.cards.dueSoon.moreDomains', {
                  count: domains.total - domains.items.length,
                })}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {contracts && contracts.total > 0 ? (
        <ul className="due-list" data-testid="due-contracts">
          {contracts.items.map((contract) => (
            <li key={contract.id}>
              <a href={hrefOf(contractRoute(contract.id))}>
                {contract.reason === 'cancelled' && contract.endDate
                  ? t('dashboard.cards.dueSoon.contractEnds', {
                      product: contract.productName,
                      number: contract.contractNumber,
                      date: formatDate(contract.endDate, lang),
                    })
                  : t('dashboard.cards.dueSoon.contractRequested', {
                      product: contract.productName,
                      number: contract.contractNumber,
                    })}
              </a>
            </li>
          ))}
          {contracts.total > contracts.items.length ? (
            <li>
              <a href={hrefOf(PRODUCTS_ROUTE)}>
                {t('dashboard.cards.dueSoon.moreContracts', {
                  count: contracts.total - contracts.items.length,
                })}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {nothing ? <p>{t('dashboard.cards.dueSoon.nothing')}</p> : null}
      {denied.map(([what, part]) =>
        part.status === 'denied' ? (
          <p className="meta" key={what}>
            {t('dashboard.cards.dueSoon.partDenied', {
              what: t(`dashboard.cards.dueSoon.${what}`),
              right: rightName(part.right),
            })}
          </p>
        ) : null,
      )}
    </>
  );
}
