import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EInvoiceFormat } from '../../shared/einvoice';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { EinvoiceFormatField, useEinvoiceFormat } from './EinvoiceFormatField';

type Outcome = 'saved' | 'offline' | AppError | null;
const HINT_ID = 'einvoice-format-hint';

/**
 * "E-Rechnung" on an invoice: XRechnung (CII or UBL) or ZUGFeRD, saved through main's dialog.
 * The format is the setting `einvoiceFormat`, so the choice is remembered and is also what
 * main keeps offline and puts into the year archive.
 */
export function EinvoiceSave({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const choice = useEinvoiceFormat();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = async (format: EInvoiceFormat) => {
    if (pending) return;
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

  const { format } = choice;
  const error = outcome instanceof AppError ? outcome : choice.error;
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
            void save(format);
          }}
        >
          <EinvoiceFormatField
            id="einvoice-format"
            choice={{ ...choice, format }}
            describedBy={HINT_ID}
          />
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={pending || undefined}
          >
            {pending ? t('billing.einvoice.saving') : t('billing.einvoice.save')}
          </button>
        </form>
      ) : null}
      <p className="field__hint" id={HINT_ID}>
        {choice.years !== null ? t('billing.einvoice.offlineHint', { count: choice.years }) : null}
      </p>
      <p className="pdf__saved" role="status" data-testid="einvoice-result">
        {outcome === 'saved' ? t('billing.einvoice.saved') : null}
      </p>
      {outcome === 'offline' ? (
        <p className="field__error" role="alert">
          {t('billing.einvoice.offlineMissing')}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </section>
  );
}
