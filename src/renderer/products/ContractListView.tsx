import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractStatus, ContractSummary, ProductType } from '../../shared/products/types';
import { LoadState } from '../billing/LoadState';
import { useListSort, type SortValues } from '../components/list-sort';
import { SortableTh } from '../components/SortButton';
import { SyncedAt } from '../billing/SyncedAt';
import { formatDate } from '../format';
import { hrefOf } from '../router/routes';
import { formatMonths, formatNotice, formatPrice } from './contract-format';
import { ContractStatusBadge } from './ContractStatusBadge';
import { contractsStore } from './products-stores';
import { cancelRoute, contractRoute } from './routes';
import { ViewTitle } from './ViewTitle';

export const PRODUCT_TYPES: readonly ProductType[] = [
  'webhosting',
  'managed_server',
  'email',
  'ssl',
  'domain',
];
const STATUSES: readonly ContractStatus[] = ['active', 'cancelled', 'ended'];
const ALL = 'all';

/** the orders a person can put the contracts in (the price per month, whatever the cycle) */
const CONTRACT_ORDER: SortValues<ContractSummary, ContractColumn> = {
  product: (c) => c.productName,
  status: (c) => STATUSES.indexOf(c.status),
  startDate: (c) => c.startDate,
  price: (c) => c.priceCents / c.billingCycleMonths,
  nextRenewal: (c) => c.nextRenewal,
};
type ContractColumn = 'product' | 'status' | 'startDate' | 'price' | 'nextRenewal';

/** "Verträge": every contract with its terms, filtered by status and product type. */
export function ContractListView() {
  const { t } = useTranslation();
  const state = contractsStore.use();
  return (
    <>
      <ViewTitle>{t('products.list.title')}</ViewTitle>
      <LoadState state={state} retry={() => void contractsStore.load()}>
        {(list, syncedAt) => (
          <>
            <ContractList list={list} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
    </>
  );
}

function ContractList({ list }: { list: readonly ContractSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<ContractStatus | typeof ALL>(ALL);
  const [type, setType] = useState<ProductType | typeof ALL>(ALL);
  const shown = list.filter(
    (c) => (status === ALL || c.status === status) && (type === ALL || c.productType === type),
  );
  const { sorted, sort, sortBy } = useListSort('contracts', shown, CONTRACT_ORDER);
  const sorting = { sort, onSort: sortBy };
  const anyActive = list.some((c) => c.status === 'active');
  return (
    <>
      {anyActive ? (
        <p>
          <a className="button button--secondary" href={hrefOf(cancelRoute())}>
            {t('products.cancelHere')}
          </a>
        </p>
      ) : null}
      <div role="search" className="billing-filters" aria-label={t('products.list.filters')}>
        <div className="field">
          <label className="field__label" htmlFor="contract-status">
            {t('products.list.statusFilter')}
          </label>
          <select
            id="contract-status"
            className="field__select"
            value={status}
            onChange={(event) => setStatus(event.target.value as ContractStatus | typeof ALL)}
          >
            <option value={ALL}>{t('products.list.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`products.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="contract-type">
            {t('products.list.typeFilter')}
          </label>
          <select
            id="contract-type"
            className="field__select"
            value={type}
            onChange={(event) => setType(event.target.value as ProductType | typeof ALL)}
          >
            <option value={ALL}>{t('products.list.allTypes')}</option>
            {PRODUCT_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`products.type.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="billing-count" role="status" data-testid="contract-count">
        {t('products.list.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="notice">
          {list.length === 0 ? t('products.list.none') : t('products.list.noMatch')}
        </p>
      ) : (
        <div className="table-wrap" data-help-target="contract-list">
          <table className="data-table" data-testid="contract-table">
            <caption className="visually-hidden">{t('products.list.tableLabel')}</caption>
            <thead>
              <tr>
                <SortableTh label={t('products.list.product')} column="product" {...sorting} />
                <SortableTh label={t('products.list.status')} column="status" {...sorting} />
                <SortableTh label={t('layout.contracts.terms')} column="startDate" {...sorting} />
                <SortableTh
                  label={t('products.terms.price')}
                  column="price"
                  className="data-table__amount"
                  {...sorting}
                />
                <SortableTh
                  label={t('products.terms.nextRenewal')}
                  column="nextRenewal"
                  {...sorting}
                />
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.id} data-testid="contract-row">
                  <th scope="row">
                    <a href={hrefOf(contractRoute(c.id))}>{c.productName}</a>
                    <span className="meta data-table__sub">
                      {t('products.list.typeAndNumber', {
                        type: t(`products.type.${c.productType}`),
                        number: c.contractNumber,
                      })}
                    </span>
                  </th>
                  <td>
                    <ContractStatusBadge
                      status={c.status}
                      endDate={c.endDate}
                      cancellationRequested={c.cancellationRequested}
                    />
                  </td>
                  <td>
                    <dl className="cell-facts">
                      <div>
                        <dt>{t('layout.contracts.start')}</dt>
                        <dd>{formatDate(c.startDate, lang)}</dd>
                      </div>
                      <div>
                        <dt>{t('products.terms.minimumTerm')}</dt>
                        <dd>{formatMonths(t, c.minimumTermMonths)}</dd>
                      </div>
                      <div>
                        <dt>{t('layout.contracts.renewal')}</dt>
                        <dd>{formatMonths(t, c.renewalPeriodMonths)}</dd>
                      </div>
                      <div>
                        <dt>{t('products.terms.notice')}</dt>
                        <dd>{formatNotice(t, c.noticePeriod)}</dd>
                      </div>
                    </dl>
                  </td>
                  <td className="data-table__amount data-table__amount--wrap">
                    {formatPrice(t, c.priceCents, c.billingCycleMonths, lang)}
                  </td>
                  <td>
                    {c.nextRenewal
                      ? formatDate(c.nextRenewal, lang)
                      : t('products.terms.noRenewal')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
