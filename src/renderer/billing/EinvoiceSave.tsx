import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EINVOICE_FORMATS, type EInvoiceFormat } from '../../shared/einvoice';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

type Outcome = 'saved' | 'offline' | AppError | null;

/**
 * "E-Rechnung" on an invoice: XRechnung (CII or UBL) or ZUGFeRD, saved through main's dialog.
 * The format is the setting `einvoiceFormat`, so the choice is remembered and is also what
 * main keeps offline and puts into the year archive.
 */
export function EinvoiceSave({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [format, setFormat] = useState<EInvoiceFormat | null>(null);
  const [years, setYears] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    let current = true;
    call('settings:get').then(
      (settings) => {
        if (!current) return;
        setFormat(settings.einvoiceFormat);
        setYears(settings.invoicePdfYears);
      },
      (thrown: unknown) => {
        if (!current) return;
        // the choice still works: the default is shown and saved with the first change
        setFormat(EINVOICE_FORMATS[0]);
        setOutcome(AppError.from(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = async (next: EInvoiceFormat) => {
    setFormat(next);
    setOutcome(null);
    try {
      await call('settings:set', { einvoiceFormat: next });
    } catch (thrown) {
      // the file can still be saved in the chosen format; only the memory of it failed
      setOutcome(AppError.from(thrown));
    }
  };

  const save = async () => {
    if (pending || format === null) return;
    setPending(true);
    setOutcome(null);
    try {
      const { saved } = await call('invoices:saveEinvoice', { id: invoiceId, format });
      setOutcome(saved ? 'saved' : null);
    } catch (thrown) {
      const error = AppError.from(thrown);
      setOutcome(error.code === 'offline' ? 'offline' : error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card einvoice" aria-labelledby="einvoice-title" data-testid="einvoice">
      <h3 id="einvoice-title">{t('billing.einvoice.title')}</h3>
      <p>{t('billing.einvoice.intro')}</p>
      {format !== null ? (
        <form
          className="billing-export__form"
          aria-busy={pending}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field field--inline">
            <label className="field__label" htmlFor="einvoice-format">
              {t('billing.einvoice.format')}
            </label>
            <select
              id="einvoice-format"
              className="field__select"
              value={format}
              aria-describedby="einvoice-format-hint"
              onChange={(event) => {
                const next = EINVOICE_FORMATS.find((f) => f === event.target.value);
                if (next) void choose(next);
              }}
            >
              {EINVOICE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`billing.einvoice.formats.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={pending || undefined}
          >
            {pending ? t('billing.einvoice.saving') : t('billing.einvoice.save')}
          </button>
        </form>
      ) : null}
      <p className="field__hint" id="einvoice-format-hint">
        {years !== null ? t('billing.einvoice.offlineHint', { count: years }) : null}
      </p>
      <p className="pdf__saved" role="status" data-testid="einvoice-result">
        {outcome === 'saved' ? t('billing.einvoice.saved') : null}
      </p>
      {outcome === 'offline' ? (
        <p className="field__error" role="alert">
          {t('billing.einvoice.offlineMissing')}
        </p>
      ) : null}
      {outcome instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </section>
  );
}
