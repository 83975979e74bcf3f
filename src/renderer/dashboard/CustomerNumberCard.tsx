import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

const FEEDBACK_MS = 3000;

/** The Kundennummer, large, with a copy button (the clipboard belongs to main). */
export function CustomerNumberCard({ customerNumber }: { customerNumber: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [feedback, setFeedback] = useState<'copied' | AppError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await call('clipboard:writeText', { text: customerNumber });
      setFeedback('copied');
      timer.current = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    } catch (thrown) {
      setFeedback(AppError.from(thrown));
    }
  };

  return (
    <section
      className="card card--highlight"
      aria-labelledby="customer-number-title"
      data-help-target="customer-number"
    >
      <h2 className="card__title" id="customer-number-title">
        {t('dashboard.customerNumber')}
      </h2>
      <div className="customer-number">
        <p className="customer-number__value" data-testid="customer-number">
          {customerNumber}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('dashboard.copy')}
        </button>
        <span className="customer-number__feedback" role="status">
          {feedback === 'copied' ? t('dashboard.copied') : null}
        </span>
      </div>
      {feedback instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(feedback)}
        </p>
      ) : null}
      <p className="card__hint">{t('dashboard.customerNumberHint')}</p>
    </section>
  );
}
