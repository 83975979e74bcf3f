import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useSessionStore } from '../app/session-store';
import { FormError } from '../components/FormError';
import { ConnectionCheck } from '../settings/ConnectionCheck';
import { AppForm } from '../components/AppForm';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useErrorText } from '../i18n/use-error-text';
import { hrefOf, ROUTES } from '../router/routes';
import { useLoginStore } from './login-store';
import { SandboxNote } from './SandboxNote';
import { TEAM_AUTH_ROUTES } from './team-routes';

/** Sign-in: e-mail and password, then the TOTP code while main says mfaRequired. */
export function LoginScreen() {
  const session = useSessionStore((s) => s.session);
  if (session?.status === 'mfaRequired') return <MfaStep email={session.email} />;
  return <PasswordStep />;
}

function PasswordStep() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  useDocumentTitle(t('login.title'));
  const form = useLoginStore(
    useShallow((s) => ({
      email: s.email,
      password: s.password,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      notice: s.notice,
    })),
  );
  const { setEmail, setPassword, submitCredentials } = useLoginStore.getState();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (form.fieldErrors.email) emailRef.current?.focus();
    else if (form.fieldErrors.password) passwordRef.current?.focus();
  }, [form.fieldErrors]);

  return (
    <>
      <h1>{t('login.title')}</h1>
      {form.notice === 'passwordChanged' ? (
        <div className="notice notice--success" role="status">
          <p>{t('reset.success')}</p>
          <p>{t('reset.successNext')}</p>
        </div>
      ) : null}
      <p className="lead">{t('login.intro')}</p>
      <AppForm
        data-help-target="sign-in"
        pending={form.pending}
        onSubmit={() => {
          void submitCredentials();
        }}
      >
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        {form.formError?.code === 'offline' ? <ConnectionCheck titled={false} /> : null}
        <TextField
          ref={emailRef}
          id="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          autoFocus
          value={form.email}
          onValueChange={setEmail}
          error={form.fieldErrors.email && errorText(form.fieldErrors.email)}
        />
        <TextField
          ref={passwordRef}
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={form.password}
          onValueChange={setPassword}
          error={form.fieldErrors.password && errorText(form.fieldErrors.password)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('login.submit')}
          </button>
        </div>
      </AppForm>
      <ul className="link-list">
        <li>
          <a href={hrefOf(ROUTES.forgotPassword)} data-help-target="forgot-password">
            {t('login.forgotPassword')}
          </a>
        </li>
        <li>
          <a href={hrefOf(ROUTES.resetPassword)}>{t('login.enterResetCode')}</a>
        </li>
        <li>
          <a href={hrefOf(TEAM_AUTH_ROUTES.register)}>{t('register.link')}</a>
        </li>
        <li>
          <a href={hrefOf(TEAM_AUTH_ROUTES.invitation)}>{t('invitation.link')}</a>
        </li>
      </ul>
      <SandboxNote />
    </>
  );
}

function MfaStep({ email }: { email: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  useDocumentTitle(t('mfa.title'));
  const form = useLoginStore(
    useShallow((s) => ({
      code: s.code,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setCode, submitCode, cancelMfa } = useLoginStore.getState();
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (form.fieldErrors.code) codeRef.current?.focus();
  }, [form.fieldErrors]);

  return (
    <>
      <h1>{t('mfa.title')}</h1>
      <p className="lead">{t('mfa.intro', { email })}</p>
      <AppForm
        pending={form.pending}
        onSubmit={() => {
          void submitCode();
        }}
      >
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        <TextField
          ref={codeRef}
          id="mfa-code"
          className="field__input--code"
          label={t('mfa.code')}
          hint={t('mfa.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={7}
          required
          autoFocus
          value={form.code}
          onValueChange={setCode}
          error={form.fieldErrors.code && errorText(form.fieldErrors.code)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('mfa.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void cancelMfa()}
          >
            {t('mfa.cancel')}
          </button>
        </div>
      </AppForm>
    </>
  );
}
