import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { SignOutReason } from '../../shared/domain';
import { useSessionStore } from '../app/session-store';
import { ConnectionCheck } from '../settings/ConnectionCheck';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useErrorText } from '../i18n/use-error-text';
import { hrefOf, ROUTES } from '../router/routes';
import { AuthForm, EmailField, useErrorFocus } from './auth-form';
import { useLoginStore } from './login-store';
import { SandboxNote } from './SandboxNote';
import { TEAM_AUTH_ROUTES } from './team-routes';

const PASSWORD_FIELDS = ['email', 'password'] as const;
const MFA_FIELDS = ['code'] as const;

/** Sign-in: e-mail and password, then the TOTP code while main says mfaRequired. */
export function LoginScreen() {
  const session = useSessionStore((s) => s.session);
  if (session?.status === 'mfaRequired') return <MfaStep email={session.email} />;
  return <PasswordStep reason={session?.status === 'signedOut' ? session.reason : undefined} />;
}

/** Signed out by the app itself (not by the person): why, above the form. */
function SignedOutNotice({ reason }: { reason: SignOutReason }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="status" data-testid="signed-out-reason">
      <p>{t(`login.signedOut.${reason}`)}</p>
    </div>
  );
}

function PasswordStep({ reason }: { reason?: SignOutReason }) {
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
  const [emailRef, passwordRef] = useErrorFocus(form.fieldErrors, PASSWORD_FIELDS);

  return (
    <>
      <h1>{t('login.title')}</h1>
      {form.notice === 'passwordChanged' ? (
        <div className="notice notice--success" role="status">
          <p>{t('reset.success')}</p>
          <p>{t('reset.successNext')}</p>
        </div>
      ) : null}
      {reason && form.notice !== 'passwordChanged' ? <SignedOutNotice reason={reason} /> : null}
      <p className="lead">{t('login.intro')}</p>
      <AuthForm
        data-help-target="sign-in"
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('login.submit')}
        onSubmit={() => void submitCredentials()}
      >
        {form.formError?.code === 'offline' ? <ConnectionCheck titled={false} /> : null}
        <EmailField
          ref={emailRef}
          id="login-email"
          label={t('login.email')}
          value={form.email}
          onValueChange={setEmail}
          errorKey={form.fieldErrors.email}
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
      </AuthForm>
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
      useRecovery: s.useRecovery,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setCode, setUseRecovery, submitCode, cancelMfa } = useLoginStore.getState();
  const [codeRef] = useErrorFocus(form.fieldErrors, MFA_FIELDS);
  const recovery = form.useRecovery;

  return (
    <>
      <h1>{t('mfa.title')}</h1>
      <p className="lead">{t(recovery ? 'mfa.recoveryIntro' : 'mfa.intro', { email })}</p>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('mfa.submit')}
        onSubmit={() => void submitCode()}
        actions={
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void cancelMfa()}
          >
            {t('mfa.cancel')}
          </button>
        }
      >
        <TextField
          key={recovery ? 'recovery' : 'totp'}
          ref={codeRef}
          id="mfa-code"
          className="field__input--code"
          label={t(recovery ? 'mfa.recoveryCode' : 'mfa.code')}
          hint={t(recovery ? 'mfa.recoveryCodeHint' : 'mfa.codeHint')}
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          autoCapitalize={recovery ? 'characters' : undefined}
          spellCheck={false}
          pattern={recovery ? undefined : '[0-9]*'}
          maxLength={recovery ? 20 : 7}
          required
          autoFocus
          value={form.code}
          onValueChange={setCode}
          error={form.fieldErrors.code && errorText(form.fieldErrors.code)}
        />
      </AuthForm>
      <p>
        <button
          type="button"
          className="button button--secondary"
          data-testid="mfa-switch"
          onClick={() => setUseRecovery(!recovery)}
        >
          {t(recovery ? 'mfa.useTotp' : 'mfa.useRecovery')}
        </button>
      </p>
    </>
  );
}
