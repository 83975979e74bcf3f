import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { invoicesStore } from './billing-stores';
import { indexOf } from './invoice-filter-store';

type Outcome = { saved: boolean; count: number } | AppError | null;

/**
 * "Archiv exportieren": the invoices of one year that this device keeps, as a ZIP of PDFs and
 * a CSV list for the tax advisor. Works offline: main writes it from its cache.
 */
export function ExportArchive() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const list = invoicesStore.use((s) => s.cached?.data);
  const years = list ? indexOf(list).years : [];
  const [chosen, setChosen] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : years[0];

  const exportYear = async () => {
    if (pending || year === undefined) return;
    setPending(true);
    setOutcome(null);
    try {
      setOutcome(await call('invoices:exportYear', { year }));
    } catch (thrown) {
      setOutcome(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card billing-export" aria-labelledby="export-title">
      <h3 id="export-title">{t('billing.export.title')}</h3>
      <p>{t('billing.export.intro')}</p>
      {year === undefined ? (
        <p className="notice">{t('billing.export.noInvoices')}</p>
      ) : (
        <form
          className="billing-export__form"
          aria-busy={pending}
          onSubmit={(event) => {
            event.preventDefault();
            void exportYear();
          }}
        >
          <div className="field field--inline">
            <label className="field__label" htmlFor="export-year">
              {t('billing.export.year')}
            </label>
            <select
              id="export-year"
              className="field__select"
              value={year}
              onChange={(event) => setChosen(Number(event.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={pending || undefined}
          >
            {t('billing.export.submit')}
          </button>
        </form>
      )}
      <div role="status" data-testid="export-result">
        {outcome && !(outcome instanceof AppError) ? (
          <p className={outcome.saved ? 'notice notice--success' : 'notice'}>
            {outcome.saved
              ? t('billing.export.done', {
                  count: outcome.count,
                  shown: formatNumber(outcome.count, i18n.language),
                })
              : t('billing.export.cancelled')}
          </p>
        ) : null}
      </div>
      {outcome instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </section>
  );
}
