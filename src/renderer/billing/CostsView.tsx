import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostForecast, CostsReport } from '../../shared/costs/types';
import {
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
} from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call, subscribe } from '../ipc';
import { periodProblems, useCostsPeriod, type PeriodProblem } from './costs-period';
import { ShareBar } from './ShareBar';
import './costs.css';
import { AmountHeads } from './AmountHeads';

/** what the report is made of: when one of these changes, it is asked for again */
const SOURCES = new Set(['invoices', 'contracts']);

type Report =
  | { kind: 'loading' }
  | { kind: 'ready'; report: CostsReport }
  | { kind: 'failed'; error: AppError };

/** "Kosten": per contract for a period with its share, the next invoice's forecast, CSV. */
export function CostsView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const period = useCostsPeriod();
  const problems = periodProblems(period);
  const valid = problems.length === 0;
  const [state, setState] = useState<Report>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const { from, to } = period;

  useEffect(
    () =>
      subscribe('data:changed', ({ resource }) => {
        if (SOURCES.has(resource)) setVersion((v) => v + 1);
      }),
    [],
  );

  useEffect(() => {
    if (!valid) return;
    let current = true;
    call('billing:costs', { from, to }).then(
      (report) => current && setState({ kind: 'ready', report }),
      (thrown: unknown) => current && setState({ kind: 'failed', error: AppError.from(thrown) }),
    );
    return () => {
      current = false;
    };
  }, [from, to, valid, version]);

  const report = state.kind === 'ready' && valid ? state.report : null;
  return (
    <>
      <p>{t('billing.costs.intro')}</p>
      <PeriodFields problems={problems} />
      {state.kind === 'failed' && valid ? (
        <div className="form-error" role="alert">
          <p>{errorText(state.error)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setVersion((v) => v + 1)}
          >
            {t('billing.retry')}
          </button>
        </div>
      ) : null}
      {state.kind === 'loading' && valid ? (
        <p className="notice" role="status" aria-busy="true">
          {t('billing.loading')}
        </p>
      ) : null}
      {report ? (
        <>
          <CostsTable report={report} />
          <CsvExport from={from} to={to} disabled={report.rows.length === 0} />
          <Forecast report={report} />
        </>
      ) : null}
      {report && report.missing > 0 ? (
        <p className="notice notice--warning" data-testid="costs-missing">
          {t('billing.costs.missing', {
            count: report.missing,
            shown: formatNumber(report.missing, lang),
          })}
        </p>
      ) : null}
    </>
  );
}

function PeriodFields({ problems }: { problems: readonly PeriodProblem[] }) {
  const { t, i18n } = useTranslation();
  const { from, to, set } = useCostsPeriod();
  const fromError = problems.includes('from_missing') ? t('billing.costs.fromMissing') : null;
  const toError = problems.includes('to_missing')
    ? t('billing.costs.toMissing')
    : problems.includes('range_reversed')
      ? t('billing.costs.rangeReversed', { from: formatDate(from, i18n.language) })
      : null;
  return (
    <div role="search" className="costs-period" aria-label={t('billing.costs.period')}>
      <DateField
        id="costs-from"
        label={t('billing.costs.from')}
        value={from}
        error={fromError}
        onChange={(v) => set({ from: v })}
      />
      <DateField
        id="costs-to"
        label={t('billing.costs.to')}
        value={to}
        error={toError}
        onChange={(v) => set({ to: v })}
      />
    </div>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="date"
        className="field__input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <p className="field__error" id={errorId} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function CostsTable({ report }: { report: CostsReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (report.rows.length === 0) {
    return <p className="notice">{t('billing.costs.none')}</p>;
  }
  return (
    <section aria-labelledby="costs-table-title">
      <h3 id="costs-table-title">
        {t('billing.costs.perContract', { period: formatPeriod(report.from, report.to, lang) })}
      </h3>
      <p className="billing-count" data-testid="costs-count">
        {t('billing.costs.count', {
          count: report.invoices,
          shown: formatNumber(report.invoices, lang),
        })}
      </p>
      <div className="table-wrap">
        <table className="data-table" data-testid="costs-table">
          <thead>
            <tr>
              <th scope="col">{t('billing.costs.contract')}</th>
              <th scope="col">{t('billing.costs.service')}</th>
              <th scope="col" className="data-table__amount">
                {t('billing.invoice.net')}
              </th>
              <th scope="col" className="data-table__amount">
                {t('billing.invoice.gross')}
              </th>
              <th scope="col">{t('billing.costs.share')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.contractNumber ?? `none:${row.name}`} data-testid="costs-row">
                <td>{row.contractNumber ?? t('billing.costs.noContract')}</td>
                <td>{row.name}</td>
                <td className="data-table__amount">{formatMoney(row.netCents, lang)}</td>
                <td className="data-table__amount">{formatMoney(row.grossCents, lang)}</td>
                <td>
                  <span data-testid="costs-share">{formatPercent(row.sharePercent, lang)}</span>
                  <ShareBar percent={row.sharePercent} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('billing.invoice.total')}
              </th>
              <td className="data-table__amount" data-testid="costs-net">
                {formatMoney(report.netCents, lang)}
              </td>
              <td className="data-table__amount" data-testid="costs-gross">
                {formatMoney(report.grossCents, lang)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function CsvExport({ from, to, disabled }: { from: string; to: string; disabled: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | AppError | null>(null);
  const save = useCallback(async () => {
    if (pending || disabled) return;
    setPending(true);
    setOutcome(null);
    try {
      const { saved } = await call('billing:costsCsv', { from, to });
      setOutcome(saved ? 'saved' : null);
    } catch (thrown) {
      setOutcome(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  }, [from, to, pending, disabled]);
  return (
    <div className="pdf__save">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || disabled || undefined}
        onClick={() => void save()}
      >
        {pending ? t('billing.costs.exporting') : t('billing.costs.export')}
      </button>
      <span className="pdf__saved" role="status" data-testid="costs-export-result">
        {outcome === 'saved' ? t('billing.costs.exported') : null}
      </span>
      {outcome instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </div>
  );
}

function Forecast({ report }: { report: CostsReport }) {
  const { t } = useTranslation();
  return (
    <section className="costs-forecast" aria-labelledby="costs-forecast-title">
      <h3 id="costs-forecast-title">{t('billing.costs.forecast.title')}</h3>
      {report.contractsForbidden ? (
        <p className="notice">{t('billing.costs.forecast.forbidden')}</p>
      ) : report.forecast ? (
        <ForecastTable forecast={report.forecast} />
      ) : (
        <p className="notice">{t('billing.costs.forecast.none')}</p>
      )}
    </section>
  );
}

function ForecastTable({ forecast }: { forecast: CostForecast }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <p>
        {t('billing.costs.forecast.intro', {
          month: formatMonth(forecast.monthStart, lang),
        })}
      </p>
      <div className="table-wrap">
        <table className="data-table" data-testid="forecast-table">
          <thead>
            <tr>
              <th scope="col">{t('billing.costs.contract')}</th>
              <th scope="col">{t('billing.costs.service')}</th>
              <th scope="col">{t('billing.invoice.period')}</th>
              <AmountHeads />
            </tr>
          </thead>
          <tbody>
            {forecast.lines.map((line) => (
              <tr key={line.contractNumber}>
                <td>{line.contractNumber}</td>
                <td>{line.name}</td>
                <td>{formatPeriod(line.periodStart, line.periodEnd, lang)}</td>
                <td className="data-table__amount">{formatMoney(line.netCents, lang)}</td>
                <td className="data-table__amount">
                  {t('billing.invoice.vatWithRate', {
                    amount: formatMoney(line.vatCents, lang),
                    rate: formatPercent(line.vatRate, lang),
                  })}
                </td>
                <td className="data-table__amount">{formatMoney(line.grossCents, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('billing.invoice.total')}
              </th>
              <td className="data-table__amount">{formatMoney(forecast.netCents, lang)}</td>
              <td className="data-table__amount">{formatMoney(forecast.vatCents, lang)}</td>
              <td className="data-table__amount" data-testid="forecast-gross">
                {formatMoney(forecast.grossCents, lang)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
