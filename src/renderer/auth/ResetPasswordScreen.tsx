import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentTitle } from '../components/use-document-title';
import { navigate } from '../router/hash';
import { hrefOf, ROUTES } from '../router/routes';
import { AuthForm, TokenField, useErrorFocus } from './auth-form';
import { useLoginStore } from './login-store';
import { NewPasswordFields } from './NewPasswordFields';
import { useResetStore } from './reset-store';

const FIELDS = ['token', 'password', 'repeat'] as const;
const RESET_PASSWORD_IDS = { password: 'reset-new-password', repeat: 'reset-repeat' };

/** Set a new password with the token from the e-mail (prefilled from #/reset-password?token=…). */
export function ResetPasswordScreen({ tokenFromLink }: { tokenFromLink: string | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t('reset.title'));
  const form = useResetStore(
    useShallow((s) => ({
      token: s.token,
      password: s.password,
      repeat: s.repeat,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setToken, setPassword, setRepeat, submit } = useResetStore.getState();
  const [tokenRef, passwordRef, repeatRef] = useErrorFocus(form.fieldErrors, FIELDS);

  useEffect(() => {
    if (tokenFromLink) setToken(tokenFromLink);
  }, [tokenFromLink, setToken]);

  const tokenExpired = form.fieldErrors.token === 'errors.reset_token_invalid';

  return (
    <>
      <h1>{t('reset.title')}</h1>
      <p className="lead">{t('reset.intro')}</p>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('reset.submit')}
        onSubmit={() => {
          void submit().then((changed) => {
            if (!changed) return;
            useLoginStore.getState().showNotice('passwordChanged');
            navigate(ROUTES.login);
          });
        }}
      >
        <TokenField
          ref={tokenRef}
          id="reset-token"
          label={t('reset.token')}
          hint={t('reset.tokenHint')}
          autoFocus={!tokenFromLink}
          value={form.token}
          onValueChange={setToken}
          errorKey={form.fieldErrors.token}
        />
        {tokenExpired ? (
          <p className="field-followup">
            <a href={hrefOf(ROUTES.forgotPassword)}>{t('reset.requestNew')}</a>
          </p>
        ) : null}
        <NewPasswordFields
          ids={RESET_PASSWORD_IDS}
          passwordLabel={t('reset.password')}
          password={form.password}
          repeat={form.repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          errors={form.fieldErrors}
          passwordRef={passwordRef}
          repeatRef={repeatRef}
          autoFocus={Boolean(tokenFromLink)}
        />
      </AuthForm>
      <ul className="link-list">
        <li>
          <a href={hrefOf(ROUTES.login)}>{t('reset.backToLogin')}</a>
        </li>
      </ul>
    </>
  );
}
