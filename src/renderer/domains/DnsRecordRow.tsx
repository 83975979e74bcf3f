import { memo, type Dispatch, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTxt } from '../../shared/domains/dns-rules';
import {
  DNS_RECORD_TYPES,
  type DnsField,
  type DnsIssue,
  type DnsRecord,
  type DnsRecordType,
} from '../../shared/domains/types';
import type { EditClash } from '../../shared/domains/zone-edits';
import { dnsIssueText } from './dns-text';
import { EXTRA_FIELDS, type DraftAction } from './zone-draft';

/** the id of the offline reason the editor shows, read with every field */
export const OFFLINE_ID = 'dns-offline-reason';

export const fieldId = (recordId: string, field: DnsField) => `dns-${recordId}-${field}`;

/** the field an issue is shown at: its own, or the value when the type has no such field */
export function visibleField(records: readonly DnsRecord[], issue: DnsIssue): DnsField {
  const record = records.find((r) => r.id === issue.recordId);
  if (!record) return issue.field;
  const shown: readonly DnsField[] = ['type', 'name', 'value', 'ttl', ...EXTRA_FIELDS[record.type]];
  return shown.includes(issue.field) ? issue.field : 'value';
}

interface RowProps {
  record: DnsRecord;
  row: number;
  issues: readonly DnsIssue[] | undefined;
  clash: EditClash | undefined;
  disabled: boolean;
  offline: boolean;
  dispatch: Dispatch<DraftAction>;
}

/** One record of the DNS editor: its fields, each with its label and the rules' answer. */
export const RecordRow = memo(function RecordRow({
  record,
  row,
  issues = [],
  clash,
  disabled,
  offline,
  dispatch,
}: RowProps) {
  const { t } = useTranslation();
  const shownFields: readonly DnsField[] = [
    'type',
    'name',
    'value',
    'ttl',
    ...EXTRA_FIELDS[record.type],
  ];
  const at = (field: DnsField) =>
    issues.filter((i) => (shownFields.includes(i.field) ? i.field : 'value') === field);
  const edit = (change: Partial<Omit<DnsRecord, 'id'>>) =>
    dispatch({ type: 'edit', id: record.id, change });

  const field = (name: DnsField, control: (props: FieldProps) => ReactNode) => {
    const own = at(name);
    const id = fieldId(record.id, name);
    const errorId = `${id}-error`;
    const described = [own.length > 0 ? errorId : '', offline ? OFFLINE_ID : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className={own.length > 0 ? 'dns-field dns-field--invalid' : 'dns-field'}>
        <label className="visually-hidden" htmlFor={id}>
          {t('domains.dns.fieldOf', { field: t(`domains.dns.field.${name}`), row })}
        </label>
        {control({
          id,
          disabled,
          'aria-invalid': own.length > 0 ? true : undefined,
          'aria-describedby': described || undefined,
        })}
        {own.length > 0 ? (
          <p className="field__error" id={errorId}>
            {own.map((issue) => dnsIssueText(t, issue)).join(' ')}
          </p>
        ) : null}
      </div>
    );
  };

  const numberField = (name: 'ttl' | 'priority' | 'weight' | 'port' | 'flags') =>
    field(name, (props) => (
      <div className="dns-number">
        {name === 'ttl' ? null : (
          <span className="dns-number__label" aria-hidden="true">
            {t(`domains.dns.field.${name}`)}
          </span>
        )}
        <input
          {...props}
          className="field__input dns-input dns-input--number"
          inputMode="numeric"
          value={numberText(record[name])}
          onChange={(event) => edit({ [name]: parseNumber(event.target.value) })}
        />
      </div>
    ));

  const txtChunks =
    record.type === 'TXT' && new TextEncoder().encode(record.value).length > 255
      ? safeSplit(record.value)
      : null;

  return (
    <tr data-testid="dns-row" className={clash ? 'dns-row dns-row--clash' : 'dns-row'}>
      <td>
        {field('type', (props) => (
          <select
            {...props}
            className="field__select dns-input"
            value={record.type}
            onChange={(event) => edit({ type: event.target.value as DnsRecordType })}
          >
            {DNS_RECORD_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        ))}
        {clash ? (
          <span className="badge badge--expiring" data-testid="dns-clash">
            {t(`domains.dns.clash.${clash.kind}`)}
          </span>
        ) : null}
      </td>
      <td>
        {field('name', (props) => (
          <input
            {...props}
            className="field__input dns-input"
            value={record.name}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => edit({ name: event.target.value })}
          />
        ))}
      </td>
      <td>
        {EXTRA_FIELDS[record.type].length > 0 ? (
          <div className="dns-extra">
            {EXTRA_FIELDS[record.type].map((name) => (
              <div key={name}>
                {name === 'tag'
                  ? field('tag', (props) => (
                      <div className="dns-number">
                        <span className="dns-number__label" aria-hidden="true">
                          {t('domains.dns.field.tag')}
                        </span>
                        <input
                          {...props}
                          className="field__input dns-input dns-input--number"
                          value={record.tag ?? ''}
                          onChange={(event) => edit({ tag: event.target.value })}
                        />
                      </div>
                    ))
                  : numberField(name)}
              </div>
            ))}
          </div>
        ) : null}
        {field('value', (props) => (
          // a textarea so long MX/TXT/DKIM values wrap in full; a value is one line, so Enter
          // and pasted line breaks add nothing
          <textarea
            {...props}
            className="field__input dns-input dns-input--value"
            rows={1}
            value={record.value}
            spellCheck={false}
            autoComplete="off"
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
            onChange={(event) => edit({ value: event.target.value.replace(/[\r\n]+/g, '') })}
          />
        ))}
        {txtChunks ? (
          <div className="dns-txt" data-testid="txt-split">
            <p className="meta">{t('domains.dns.txtSplit', { count: txtChunks.length })}</p>
            <ol className="dns-txt__chunks">
              {txtChunks.map((chunk, i) => (
                <li key={i}>{chunk}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </td>
      <td>{numberField('ttl')}</td>
      <td>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          aria-label={t('domains.dns.removeRow', { row })}
          onClick={() => dispatch({ type: 'remove', id: record.id })}
        >
          {t('domains.dns.remove')}
        </button>
      </td>
    </tr>
  );
});

interface FieldProps {
  id: string;
  disabled: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

const numberText = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '' : String(value);

/** a typed number, or NaN for text that is none (the rules answer "required"/range) */
function parseNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function safeSplit(text: string): string[] | null {
  try {
    return splitTxt(text);
  } catch {
    return null;
  }
}
