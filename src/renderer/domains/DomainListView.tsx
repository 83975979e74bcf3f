import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainSummary } from '../../shared/domains/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { useListSort, type SortValues } from '../components/list-sort';
import { SortableTh } from '../components/SortButton';
import { useFixedRows } from '../components/use-fixed-rows';
import { formatDate } from '../format';
import { hrefOf } from '../router/routes';
import { domainsStore } from './domains-stores';
import { expiresSoon, localDate } from './expiry';
import { domainRoute } from './routes';
import { ViewTitle } from './ViewTitle';

/** a row's height in rem, as domains.css sets it (rows are not measured) */
const ROW_REM = 3.125;
const domainKey = (domain: DomainSummary) => domain.name;

type DomainColumn = 'name' | 'status' | 'expiresAt';
/** the orders of the domain list (expiry: the soonest first, ascending) */
const DOMAIN_ORDER: SortValues<DomainSummary, DomainColumn> = {
  name: (d) => d.name,
  status: (d) => d.status,
  expiresAt: (d) => d.expiresAt,
};

/** "Domains": every domain with status, expiry, auto-renew and transfer lock; searchable. */
export function DomainListView() {
  const { t } = useTranslation();
  const state = domainsStore.use();
  return (
    <>
      <ViewTitle>{t('domains.list.title')}</ViewTitle>
      <LoadState state={state} retry={() => void domainsStore.load()}>
        {(list, syncedAt) => (
          <>
            <DomainList list={list} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
    </>
  );
}

function DomainList({ list }: { list: readonly DomainSummary[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => {
    const q = deferred.trim().toLowerCase();
    return q === '' ? list : list.filter((d) => d.name.includes(q));
  }, [list, deferred]);
  return (
    <>
      <div role="search" className="billing-filters" aria-label={t('domains.list.searchLabel')}>
        <div className="field billing-filters__search">
          <label className="field__label" htmlFor="domain-search">
            {t('domains.list.search')}
          </label>
          <input
            id="domain-search"
            type="search"
            className="field__input"
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      <p className="billing-count" role="status" data-testid="domain-count">
        {t('domains.list.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="notice">
          {list.length === 0 ? t('domains.list.none') : t('domains.list.noMatch')}
        </p>
      ) : (
        <DomainTable domains={shown} />
      )}
    </>
  );
}

/**
 * The domains as an ARIA table rendering only the rows in view (2,000 domains stay smooth).
 * Rows carry aria-rowindex of aria-rowcount; positions go to CSS as data attributes (the CSP
 * forbids inline styles), like the invoice table.
 */
function DomainTable({ domains: rows }: { domains: readonly DomainSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = localDate();
  const { sorted: domains, sort, sortBy } = useListSort('domains', rows, DOMAIN_ORDER);
  const sorting = { sort, onSort: sortBy };
  const { scrollRef, virtualizer } = useFixedRows(domains, domainKey, ROW_REM);
  return (
    <div
      role="table"
      className="domain-table"
      aria-label={t('domains.list.tableLabel')}
      aria-rowcount={domains.length + 1}
      data-help-target="domains-list"
    >
      <div role="rowgroup" className="domain-table__head">
        <div role="row" className="domain-table__row" aria-rowindex={1}>
          <SortableTh aria label={t('domains.list.name')} column="name" {...sorting} />
          <SortableTh aria label={t('domains.list.status')} column="status" {...sorting} />
          <SortableTh aria label={t('domains.list.expiresAt')} column="expiresAt" {...sorting} />
          <span role="columnheader">{t('domains.list.autoRenew')}</span>
          <span role="columnheader">{t('domains.list.transferLock')}</span>
        </div>
      </div>
      <div className="domain-table__scroll" ref={scrollRef}>
        <div role="rowgroup" className="domain-table__body" data-total={virtualizer.getTotalSize()}>
          {virtualizer.getVirtualItems().map((item) => {
            const domain = domains[item.index]!;
            const soon = expiresSoon(domain.expiresAt, today);
            return (
              <div
                role="row"
                key={item.key}
                className="domain-table__row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-start={item.start}
                data-testid="domain-row"
              >
                <span role="cell">
                  <a
                    className="domain-table__name"
                    href={hrefOf(domainRoute(domain.name))}
                    title={domain.name}
                  >
                    {domain.name}
                  </a>
                </span>
                <span role="cell">
                  <span className={`badge badge--domain-${domain.status}`}>
                    {t(`domains.status.${domain.status}`)}
                  </span>
                </span>
                <span role="cell" className="domain-table__expiry">
                  <span>{formatDate(domain.expiresAt, lang)}</span>
                  {soon ? (
                    <span className="badge badge--expiring" data-testid="expiring-soon">
                      {t('domains.list.expiringSoon')}
                    </span>
                  ) : null}
                </span>
                <span role="cell">{domain.autoRenew ? t('domains.yes') : t('domains.no')}</span>
                <span role="cell">
                  {domain.transferLock ? t('domains.lockOn') : t('domains.lockOff')}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
