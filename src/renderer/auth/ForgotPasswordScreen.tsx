import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { FormError } from '../components/FormError';
import { AppForm } from '../components/AppForm';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useErrorText } from '../i18n/use-error-text';
import { hrefOf, ROUTES } from '../router/routes';
import { useForgotStore } from './forgot-store';
import { useLoginStore } from './login-store';

/** Ask for the reset e-mail; the answer never tells whether the account exists. */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  useDocumentTitle(t('forgot.title'));
  const form = useForgotStore(
    useShallow((s) => ({
      email: s.email,
      pending: s.pending,
      sent: s.sent,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setEmail, submit, start } = useForgotStore.getState();
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // start from what was typed on the login screen
    start(useLoginStore.getState().email);
  }, [start]);

  useEffect(() => {
    if (form.fieldErrors.email) emailRef.current?.focus();
  }, [form.fieldErrors]);

  return (
    <>
      <h1>{t('forgot.title')}</h1>
      {form.sent ? (
        <div className="notice notice--success" role="status">
          <p>{t('forgot.sent')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgot.intro')}</p>
          <AppForm
            pending={form.pending}
            onSubmit={() => {
              void submit();
            }}
          >
            {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
            <TextField
              ref={emailRef}
              id="forgot-email"
              label={t('forgot.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              required
              autoFocus
              value={form.email}
              onValueChange={setEmail}
              error={form.fieldErrors.email && errorText(form.fieldErrors.email)}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary">
                {t('forgot.submit')}
              </button>
            </div>
          </AppForm>
        </>
      )}
      <ul className="link-list">
        <li>
          <a href={hrefOf(ROUTES.resetPassword)}>{t('forgot.enterCode')}</a>
        </li>
        <li>
          <a href={hrefOf(ROUTES.login)}>{t('forgot.backToLogin')}</a>
        </li>
      </ul>
    </>
  );
}
