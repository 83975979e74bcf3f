import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { InvoiceStatus, InvoiceSummary } from '../../shared/billing';
import { formatNumber } from '../format';
import { invoicesStore } from './billing-stores';
import { indexOf, useInvoiceFilterStore } from './invoice-filter-store';
import { filterInvoices, isFiltered, type InvoiceIndex } from './invoice-search';
import { InvoiceTable } from './InvoiceTable';
import { LoadState } from './LoadState';
import { SyncedAt } from './SyncedAt';

const STATUSES: readonly InvoiceStatus[] = ['open', 'overdue', 'paid', 'cancelled'];
const ALL = 'all';

/** "Rechnungen": every invoice, newest first, filtered by status and year, searched as typed. */
export function InvoiceListView() {
  const state = invoicesStore.use();
  return (
    <LoadState state={state} retry={() => void invoicesStore.load()}>
      {(list, syncedAt) => (
        <>
          <InvoiceList list={list} />
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

function InvoiceList({ list }: { list: readonly InvoiceSummary[] }) {
  const { t, i18n } = useTranslation();
  const index = indexOf(list);
  const filter = useInvoiceFilterStore(
    useShallow((s) => ({ status: s.status, year: s.year, query: s.query })),
  );
  // the field echoes every keystroke at once; the list may follow a frame later
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => filterInvoices(index, deferred), [index, deferred]);
  const filtered = isFiltered(deferred);

  return (
    <>
      <Filters index={index} />
      <p
        className="billing-count"
        role="status"
        data-testid="invoice-count"
        data-count={shown.length}
      >
        {filtered
          ? t('billing.invoices.countFiltered', {
              count: shown.length,
              shown: formatNumber(shown.length, i18n.language),
              all: formatNumber(list.length, i18n.language),
            })
          : t('billing.invoices.count', {
              count: shown.length,
              shown: formatNumber(shown.length, i18n.language),
            })}
      </p>
      {shown.length > 0 ? (
        <InvoiceTable invoices={shown} />
      ) : (
        <p className="notice">
          {list.length === 0 ? t('billing.invoices.none') : t('billing.invoices.noMatch')}
        </p>
      )}
    </>
  );
}

function Filters({ index }: { index: InvoiceIndex }) {
  const { t } = useTranslation();
  const { status, year, query } = useInvoiceFilterStore(
    useShallow((s) => ({ status: s.status, year: s.year, query: s.query })),
  );
  const { setQuery, setStatus, setYear, clear } = useInvoiceFilterStore.getState();
  return (
    <div role="search" className="billing-filters" aria-label={t('billing.invoices.filters')}>
      <div className="field billing-filters__search">
        <label className="field__label" htmlFor="invoice-search">
          {t('billing.invoices.search')}
        </label>
        <p className="field__hint" id="invoice-search-hint">
          {t('billing.invoices.searchHint')}
        </p>
        <input
          id="invoice-search"
          className="field__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="invoice-search-hint"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="invoice-status">
          {t('billing.invoices.statusFilter')}
        </label>
        <select
          id="invoice-status"
          className="field__select"
          value={status}
          onChange={(event) => setStatus(event.target.value as InvoiceStatus | 'all')}
        >
          <option value={ALL}>{t('billing.invoices.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`billing.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="invoice-year">
          {t('billing.invoices.yearFilter')}
        </label>
        <select
          id="invoice-year"
          className="field__select"
          value={String(year)}
          onChange={(event) =>
            setYear(event.target.value === ALL ? ALL : Number(event.target.value))
          }
        >
          <option value={ALL}>{t('billing.invoices.allYears')}</option>
          {index.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {isFiltered({ status, year, query }) ? (
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('billing.invoices.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
