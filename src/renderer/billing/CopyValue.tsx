import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

const FEEDBACK_MS = 3000;

/**
 * One fact of a transfer with its copy button: `shown` as the person reads it, `text` as a
 * banking app takes it (the IBAN without spaces). The clipboard belongs to main.
 */
export function CopyValue({
  label,
  shown,
  text,
  'data-testid': testId,
}: {
  label: string;
  shown: string;
  text: string;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [feedback, setFeedback] = useState<'copied' | AppError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await call('clipboard:writeText', { text });
      setFeedback('copied');
      timer.current = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    } catch (thrown) {
      setFeedback(AppError.from(thrown));
    }
  };

  return (
    <div className="facts__item copy-value">
      <dt>{label}</dt>
      <dd>
        <span className="copy-value__text" data-testid={testId}>
          {shown}
        </span>{' '}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('payments.copy', { what: label })}
          onClick={() => void copy()}
        >
          {t('payments.copyShort')}
        </button>{' '}
        <span className="copy-value__feedback" role="status">
          {feedback === 'copied' ? t('payments.copied', { what: label }) : null}
        </span>
        {feedback instanceof AppError ? (
          <span className="field__error" role="alert">
            {errorText(feedback)}
          </span>
        ) : null}
      </dd>
    </div>
  );
}
