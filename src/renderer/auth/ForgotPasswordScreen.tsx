import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentTitle } from '../components/use-document-title';
import { hrefOf, ROUTES } from '../router/routes';
import { AuthForm, EmailField, useErrorFocus } from './auth-form';
import { useForgotStore } from './forgot-store';
import { useLoginStore } from './login-store';

const FIELDS = ['email'] as const;

/** Ask for the reset e-mail; the answer never tells whether the account exists. */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
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
  const [emailRef] = useErrorFocus(form.fieldErrors, FIELDS);

  useEffect(() => {
    // start from what was typed on the login screen
    start(useLoginStore.getState().email);
  }, [start]);

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
          <AuthForm
            pending={form.pending}
            formError={form.formError}
            submitLabel={t('forgot.submit')}
            onSubmit={() => void submit()}
          >
            <EmailField
              ref={emailRef}
              id="forgot-email"
              label={t('forgot.email')}
              value={form.email}
              onValueChange={setEmail}
              errorKey={form.fieldErrors.email}
            />
          </AuthForm>
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
