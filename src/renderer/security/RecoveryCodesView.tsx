import { useTranslation } from 'react-i18next';
import { FormError } from '../components/FormError';
import { useErrorText } from '../i18n/use-error-text';
import { useTwoFactorStore } from './two-factor-store';

/** The recovery codes, shown this once: copy them, save them as a file, then done. */
export function RecoveryCodesView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const codes = useTwoFactorStore((s) => s.codes) ?? [];
  const notice = useTwoFactorStore((s) => s.notice);
  const formError = useTwoFactorStore((s) => s.formError);
  const { copyCodes, saveCodes, finish } = useTwoFactorStore.getState();
  return (
    <div className="recovery" data-testid="recovery-codes-view">
      <h3>{t('security.recovery.title')}</h3>
      <p>{t('security.recovery.intro')}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      {formError ? <FormError>{errorText(formError)}</FormError> : null}
      <div aria-live="polite">
        {notice === 'copied' || notice === 'saved' ? (
          <p className="notice notice--success" role="status">
            {t(`security.recovery.${notice}`)}
          </p>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void copyCodes()}>
          {t('security.recovery.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void saveCodes()}>
          {t('security.recovery.save')}
        </button>
        <button type="button" className="button button--primary" onClick={finish}>
          {t('security.recovery.done')}
        </button>
      </div>
    </div>
  );
}
