import { useTranslation } from 'react-i18next';
import { DNS_RECORD_TYPES, type DnsRecord, type DnsRecordType } from '../../shared/domains/types';

const ALL = 'all';

export interface RecordFilter {
  /** part of the name, as typed ("" for every name) */
  name: string;
  type: DnsRecordType | typeof ALL;
}

export const NO_FILTER: RecordFilter = { name: '', type: ALL };

/**
 * The records the filter lets through, each with its place in the whole zone: the row number
 * the fields are labelled with stays the same whether filtered or not.
 */
export function filterRecords(
  records: readonly DnsRecord[],
  filter: RecordFilter,
): { record: DnsRecord; row: number }[] {
  const name = filter.name.trim().toLowerCase();
  return records
    .map((record, index) => ({ record, row: index + 1 }))
    .filter(
      ({ record }) =>
        (filter.type === ALL || record.type === filter.type) &&
        (name === '' || record.name.toLowerCase().includes(name)),
    );
}

/** Filter the zone's records by name and type; says how many of all are shown. */
export function DnsFilter({
  filter,
  onChange,
  shown,
  total,
}: {
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const filtered = filter.name.trim() !== '' || filter.type !== ALL;
  return (
    <div role="search" className="billing-filters" aria-label={t('layout.dns.filter')}>
      <div className="field">
        <label className="field__label" htmlFor="dns-filter-name">
          {t('layout.dns.filterName')}
        </label>
        <input
          id="dns-filter-name"
          type="search"
          className="field__input"
          value={filter.name}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange({ ...filter, name: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="dns-filter-type">
          {t('layout.dns.filterType')}
        </label>
        <select
          id="dns-filter-type"
          className="field__select"
          value={filter.type}
          onChange={(event) =>
            onChange({ ...filter, type: event.target.value as RecordFilter['type'] })
          }
        >
          <option value={ALL}>{t('layout.dns.allTypes')}</option>
          {DNS_RECORD_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <p className="billing-count" role="status" data-testid="dns-filter-count">
        {filtered
          ? t('layout.dns.countFiltered', { count: shown, total })
          : t('layout.dns.count', { count: total })}
      </p>
      {filtered ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange(NO_FILTER)}
        >
          {t('layout.dns.clearFilter')}
        </button>
      ) : null}
    </div>
  );
}
