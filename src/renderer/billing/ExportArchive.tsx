import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EInvoiceFormat } from '../../shared/einvoice';
import { formatNumber } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { invoicesStore } from './billing-stores';
import { EinvoiceFormatField, useEinvoiceFormat } from './EinvoiceFormatField';
import { indexOf } from './invoice-filter-store';

interface Done {
  saved: boolean;
  count: number;
  einvoices: number;
  /** the year's invoices and the format the archive was made in */
  total: number;
  format: EInvoiceFormat;
}
type Outcome = Done | AppError | null;

/**
 * "Archiv exportieren": one year's invoices as a ZIP of PDFs, e-invoices in the chosen format,
 * the CSV list and the DATEV Buchungsstapel for the tax advisor. Works offline: main writes
 * it from its cache and says how many documents it had to leave out.
 */
export function ExportArchive() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const list = invoicesStore.use((s) => s.cached?.data);
  const years = list ? indexOf(list).years : [];
  const choice = useEinvoiceFormat();
  const [chosen, setChosen] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : years[0];
  const lang = i18n.language;

  const exportYear = async (format: EInvoiceFormat) => {
    if (pending || year === undefined) return;
    const total = (list ?? []).filter((i) => i.issueDate.startsWith(`${year}-`)).length;
    setPending(true);
    setOutcome(null);
    try {
      const result = await call('invoices:exportYear', { year });
      setOutcome({ ...result, total, format });
    } catch (thrown) {
      setOutcome(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  const { format } = choice;
  const error = outcome instanceof AppError ? outcome : choice.error;
  return (
    <section className="card billing-export" aria-labelledby="export-title">
      <h3 id="export-title">{t('billing.export.title')}</h3>
      <p>{t('billing.export.intro')}</p>
      {year === undefined ? (
        <p className="notice">{t('billing.export.noInvoices')}</p>
      ) : format !== null ? (
        <form
          className="billing-export__form"
          aria-busy={pending}
          onSubmit={(event) => {
            event.preventDefault();
            void exportYear(format);
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
          <EinvoiceFormatField id="export-format" choice={{ ...choice, format }} />
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={pending || undefined}
          >
            {pending ? t('billing.export.pending') : t('billing.export.submit')}
          </button>
        </form>
      ) : null}
      <div role="status" data-testid="export-result">
        {pending ? <p className="notice">{t('billing.export.busy', { year })}</p> : null}
        {outcome && !(outcome instanceof AppError) ? <Result done={outcome} lang={lang} /> : null}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </section>
  );
}

function Result({ done, lang }: { done: Done; lang: string }) {
  const { t } = useTranslation();
  if (!done.saved) return <p className="notice">{t('billing.export.cancelled')}</p>;
  const missingPdfs = Math.max(0, done.total - done.count);
  const missingEinvoices = Math.max(0, done.total - done.einvoices);
  const missing = [
    missingPdfs > 0
      ? t('billing.export.missingPdfs', {
          count: missingPdfs,
          shown: formatNumber(missingPdfs, lang),
        })
      : null,
    missingEinvoices > 0
      ? t('billing.export.missingEinvoices', {
          count: missingEinvoices,
          shown: formatNumber(missingEinvoices, lang),
        })
      : null,
  ].filter((part): part is string => part !== null);
  return (
    <>
      <p className="notice notice--success">
        {t('billing.export.done', { count: done.count, shown: formatNumber(done.count, lang) })}{' '}
        {t('billing.export.contents', {
          count: done.einvoices,
          shown: formatNumber(done.einvoices, lang),
          format: t(`billing.einvoice.formats.${done.format}`),
        })}
      </p>
      {missing.length > 0 ? (
        <p className="notice notice--warning">
          {t('billing.export.missing', {
            what: new Intl.ListFormat(lang, { type: 'conjunction' }).format(missing),
          })}
        </p>
      ) : null}
    </>
  );
}
