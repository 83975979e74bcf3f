import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

const YEAR_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * How many years of invoice PDFs main keeps in its encrypted cache for offline reading. A
 * setting of this device, so it works offline too.
 */
export function OfflinePdfSetting() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [years, setYears] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<'saved' | AppError | null>(null);

  useEffect(() => {
    let current = true;
    call('settings:get').then(
      (settings) => {
        if (current) setYears(settings.invoicePdfYears);
      },
      (thrown: unknown) => {
        if (current) setOutcome(AppError.from(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = async (value: number) => {
    const before = years;
    setYears(value);
    setOutcome(null);
    try {
      setYears((await call('settings:set', { invoicePdfYears: value })).invoicePdfYears);
      setOutcome('saved');
    } catch (thrown) {
      setYears(before);
      setOutcome(AppError.from(thrown));
    }
  };

  return (
    <section className="card billing-export" aria-labelledby="offline-pdfs-title">
      <h3 id="offline-pdfs-title">{t('billing.offlinePdfs.title')}</h3>
      <p>{t('billing.offlinePdfs.intro')}</p>
      {years !== null ? (
        <div className="field field--inline">
          <label className="field__label" htmlFor="offline-pdf-years">
            {t('billing.offlinePdfs.label')}
          </label>
          <select
            id="offline-pdf-years"
            className="field__select"
            value={years}
            onChange={(event) => void choose(Number(event.target.value))}
          >
            {YEAR_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t('billing.offlinePdfs.years', { count: n })}
              </option>
            ))}
          </select>
          <span className="pdf__saved" role="status">
            {outcome === 'saved' ? t('billing.offlinePdfs.saved') : null}
          </span>
        </div>
      ) : null}
      {outcome instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </section>
  );
}
