import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EINVOICE_FORMATS, type EInvoiceFormat } from '../../shared/einvoice';
import { AppError, call } from '../ipc';

export interface EinvoiceFormatChoice {
  /** null until the settings arrived */
  format: EInvoiceFormat | null;
  /** settings.invoicePdfYears: how many years main keeps offline */
  years: number | null;
  /** why the setting could not be read or remembered */
  error: AppError | null;
  choose: (format: EInvoiceFormat) => void;
}

/**
 * The e-invoice format, which is the setting `einvoiceFormat`: read once, a choice shown at
 * once and remembered (it is also what main keeps offline and archives).
 */
export function useEinvoiceFormat(): EinvoiceFormatChoice {
  const [format, setFormat] = useState<EInvoiceFormat | null>(null);
  const [years, setYears] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);

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
        // the choice still works: the first format is shown and saved with the first change
        setFormat(EINVOICE_FORMATS[0]);
        setError(AppError.from(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = (next: EInvoiceFormat) => {
    setFormat(next);
    setError(null);
    // a failed save only loses the memory of the choice; the file is still made in it
    call('settings:set', { einvoiceFormat: next }).catch((thrown: unknown) =>
      setError(AppError.from(thrown)),
    );
  };

  return { format, years, error, choose };
}

/** The format select, labelled "Format". */
export function EinvoiceFormatField({
  id,
  choice,
  describedBy,
}: {
  id: string;
  choice: EinvoiceFormatChoice & { format: EInvoiceFormat };
  describedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {t('billing.einvoice.format')}
      </label>
      <select
        id={id}
        className="field__select"
        value={choice.format}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = EINVOICE_FORMATS.find((f) => f === event.target.value);
          if (next) choice.choose(next);
        }}
      >
        {EINVOICE_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`billing.einvoice.formats.${f}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
