import { useTranslation } from 'react-i18next';
import type { Contract, CredentialKind } from '../../shared/products/types';

import { LoadState } from '../billing/LoadState';

import { SyncedAt } from '../billing/SyncedAt';
import { formatDate, formatDateTime } from '../format';
import { hrefOf } from '../router/routes';
import { formatMonths, formatNotice, formatPrice } from './contract-format';
import { ContractInvoices } from './ContractInvoices';
import { ContractNotices } from './ContractNotices';
import { MissingRight } from './MissingRight';
import { ContractStatusBadge } from './ContractStatusBadge';
import { useContract } from './products-stores';
import { cancellationRoute, cancelRoute, credentialsRoute, PRODUCTS_ROUTE } from './routes';
import { ViewTitle } from './ViewTitle';

/** One contract: its terms, domains, invoices, credentials and cancellation. */
export function ContractDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const state = useContract(id);
  const name = state.cached?.data.productName;
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(PRODUCTS_ROUTE)}>{t('products.detail.back')}</a>
      </p>
      <ViewTitle>{name ?? t('products.detail.titleUnknown')}</ViewTitle>
      <LoadState state={state} retry={state.reload}>
        {(contract, syncedAt) => (
          <>
            {contract.description ? <p className="lead">{contract.description}</p> : null}
            <Terms contract={contract} />
            <ContractNotices contractId={contract.id} />
            <Domains contract={contract} />
            <ContractInvoices contract={contract} />
            <CredentialsSection contract={contract} />
            <CancellationSection contract={contract} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Terms({ contract: c }: { contract: Contract }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const facts: [string, React.ReactNode][] = [
    [t('products.detail.contractNumber'), c.contractNumber],
    [t('products.detail.productType'), t(`products.type.${c.productType}`)],
    [
      t('products.list.status'),
      <ContractStatusBadge
        status={c.status}
        endDate={c.endDate}
        cancellationRequested={c.cancellationRequested}
      />,
    ],
    [t('products.terms.startDate'), formatDate(c.startDate, lang)],
    [t('products.terms.minimumTerm'), formatMonths(t, c.minimumTermMonths)],
    [t('products.terms.renewal'), formatMonths(t, c.renewalPeriodMonths)],
    [t('products.terms.notice'), formatNotice(t, c.noticePeriod)],
    [t('products.terms.price'), formatPrice(t, c.priceCents, c.billingCycleMonths, lang)],
  ];
  if (c.nextRenewal) facts.push([t('products.terms.nextRenewal'), formatDate(c.nextRenewal, lang)]);
  return (
    <dl className="facts" data-testid="contract-terms">
      {facts.map(([label, value]) => (
        <div className="facts__item" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Domains({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contract-domains-title">
      <h3 id="contract-domains-title">{t('products.detail.domains')}</h3>
      {contract.domains.length === 0 ? (
        <p>{t('products.detail.noDomains')}</p>
      ) : (
        <ul data-testid="contract-domains">
          {contract.domains.map((domain) => (
            <li key={domain} className="mono">
              {domain}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CredentialsSection({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const kinds = contract.credentialKinds;
  if (kinds?.length === 0) return null;
  return (
    <section aria-labelledby="contract-credentials-title">
      <h3 id="contract-credentials-title">{t('products.credentials.title')}</h3>
      {kinds === undefined ? (
        <MissingRight right="credentials" />
      ) : (
        <CredentialKinds contract={contract} kinds={kinds} />
      )}
    </section>
  );
}

function CredentialKinds({ contract, kinds }: { contract: Contract; kinds: CredentialKind[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('products.detail.credentialKinds', {
          kinds: kinds.map((k) => t(`products.kind.${k}`)).join(', '),
        })}
      </p>
      <p>
        <a className="button button--secondary" href={hrefOf(credentialsRoute(contract.id))}>
          {t('products.detail.showCredentials')}
        </a>
      </p>
    </>
  );
}

function CancellationSection({ contract }: { contract: Contract }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const c = contract.cancellation;
  return (
    <section aria-labelledby="contract-cancellation-title">
      <h3 id="contract-cancellation-title">{t('products.detail.cancellation')}</h3>
      {c && c.status !== 'revoked' ? (
        <>
          <p data-testid="contract-cancellation">
            {t(`products.detail.cancellation_${c.status}`, {
              date: formatDate(c.endDate, lang),
              sent: formatDateTime(c.createdAt, lang),
            })}
          </p>
          <p>
            <a href={hrefOf(cancellationRoute(contract.id))}>
              {t('products.detail.showCancellation')}
            </a>
          </p>
        </>
      ) : contract.status === 'active' ? (
        <p>
          <a className="button button--secondary" href={hrefOf(cancelRoute(contract.id))}>
            {t('products.cancelHere')}
          </a>
        </p>
      ) : (
        <p>{t('products.detail.notCancellable')}</p>
      )}
    </section>
  );
}
