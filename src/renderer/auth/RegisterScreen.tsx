import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentTitle } from '../components/use-document-title';
import { navigate } from '../router/hash';
import { hrefOf, ROUTES } from '../router/routes';
import { AuthForm, EmailField, TokenField, useErrorFocus } from './auth-form';
import { useLoginStore } from './login-store';
import { NewPasswordFields } from './NewPasswordFields';
import { OutboxNote } from './OutboxNote';
import { resetRegisterStore, useRegisterStore } from './register-store';

const FORM_FIELDS = ['email', 'password', 'repeat'] as const;
const TOKEN_FIELDS = ['token'] as const;
const REGISTER_PASSWORD_IDS = { password: 'register-password', repeat: 'register-repeat' };

/**
 * Registration: e-mail and password (strength shown) → "please confirm your e-mail" with a
 * field for the token or link → confirmed, on to sign in. A confirmation link opens the
 * second step directly.
 */
export function RegisterScreen({ tokenFromLink }: { tokenFromLink: string | null }) {
  const step = useRegisterStore((s) => s.step);
  const openLink = useRegisterStore((s) => s.openLink);
  useEffect(() => {
    if (tokenFromLink) openLink(tokenFromLink);
  }, [tokenFromLink, openLink]);
  if (step === 'confirmed') return <Confirmed />;
  if (step === 'confirm') return <ConfirmStep />;
  return <FormStep />;
}

function FormStep() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const form = useRegisterStore(
    useShallow((s) => ({
      email: s.email,
      password: s.password,
      repeat: s.repeat,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setEmail, setPassword, setRepeat, submit } = useRegisterStore.getState();
  const [emailRef, passwordRef, repeatRef] = useErrorFocus(form.fieldErrors, FORM_FIELDS);

  return (
    <>
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('register.submit')}
        onSubmit={() => void submit()}
      >
        <EmailField
          ref={emailRef}
          id="register-email"
          label={t('login.email')}
          value={form.email}
          onValueChange={setEmail}
          errorKey={form.fieldErrors.email}
        />
        <NewPasswordFields
          ids={REGISTER_PASSWORD_IDS}
          email={form.email}
          passwordLabel={t('login.password')}
          password={form.password}
          repeat={form.repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          errors={form.fieldErrors}
          passwordRef={passwordRef}
          repeatRef={repeatRef}
        />
      </AuthForm>
      <ul className="link-list">
        <li>
          <a href={hrefOf(ROUTES.login)}>{t('register.haveAccount')}</a>
        </li>
      </ul>
    </>
  );
}

function ConfirmStep() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.confirmTitle'));
  const form = useRegisterStore(
    useShallow((s) => ({
      email: s.email,
      token: s.token,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setToken, confirm } = useRegisterStore.getState();
  const [tokenRef] = useErrorFocus(form.fieldErrors, TOKEN_FIELDS);

  return (
    <>
      <h1>{t('register.confirmTitle')}</h1>
      <div className="notice notice--success" role="status">
        <p>
          {form.email
            ? t('register.confirmSent', { email: form.email.trim() })
            : t('register.confirmIntro')}
        </p>
      </div>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('register.confirmSubmit')}
        onSubmit={() => void confirm()}
      >
        <TokenField
          ref={tokenRef}
          id="register-token"
          label={t('register.token')}
          hint={t('register.tokenHint')}
          value={form.token}
          onValueChange={setToken}
          errorKey={form.fieldErrors.token}
        />
      </AuthForm>
      <OutboxNote email={form.email.trim()} />
    </>
  );
}

function Confirmed() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.confirmedTitle'));
  const email = useRegisterStore((s) => s.email);
  return (
    <>
      <h1>{t('register.confirmedTitle')}</h1>
      <div className="notice notice--success" role="status">
        <p>{t('register.confirmed')}</p>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            if (email) useLoginStore.getState().setEmail(email.trim());
            resetRegisterStore();
            navigate(ROUTES.login);
          }}
        >
          {t('register.toLogin')}
        </button>
      </div>
    </>
  );
}
