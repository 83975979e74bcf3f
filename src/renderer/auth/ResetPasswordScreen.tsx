import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { FormError } from '../components/FormError';
import { AppForm } from '../components/AppForm';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useErrorText } from '../i18n/use-error-text';
import { navigate } from '../router/hash';
import { hrefOf, ROUTES } from '../router/routes';
import { useLoginStore } from './login-store';
import { NewPasswordFields } from './NewPasswordFields';
import { useResetStore } from './reset-store';

const RESET_PASSWORD_IDS = { password: 'reset-new-password', repeat: 'reset-repeat' };

/** Set a new password with the token from the e-mail (prefilled from #/reset-password?token=…). */
export function ResetPasswordScreen({ tokenFromLink }: { tokenFromLink: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
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
  const tokenRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (tokenFromLink) setToken(tokenFromLink);
  }, [tokenFromLink, setToken]);

  useEffect(() => {
    if (form.fieldErrors.token) tokenRef.current?.focus();
    else if (form.fieldErrors.password) passwordRef.current?.focus();
    else if (form.fieldErrors.repeat) repeatRef.current?.focus();
  }, [form.fieldErrors]);

  const tokenExpired = form.fieldErrors.token === 'errors.reset_token_invalid';

  return (
    <>
      <h1>{t('reset.title')}</h1>
      <p className="lead">{t('reset.intro')}</p>
      <AppForm
        pending={form.pending}
        onSubmit={() => {
          void submit().then((changed) => {
            if (!changed) return;
            useLoginStore.getState().showNotice('passwordChanged');
            navigate(ROUTES.login);
          });
        }}
      >
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        <TextField
          ref={tokenRef}
          id="reset-token"
          label={t('reset.token')}
          hint={t('reset.tokenHint')}
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus={!tokenFromLink}
          value={form.token}
          onValueChange={setToken}
          error={form.fieldErrors.token && errorText(form.fieldErrors.token)}
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
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('reset.submit')}
          </button>
        </div>
      </AppForm>
      <ul className="link-list">
        <li>
          <a href={hrefOf(ROUTES.login)}>{t('reset.backToLogin')}</a>
        </li>
      </ul>
    </>
  );
}
