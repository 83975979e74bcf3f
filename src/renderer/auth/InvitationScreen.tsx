import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useSessionStore } from '../app/session-store';
import { FormError } from '../components/FormError';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDate } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { navigate } from '../router/hash';
import { hrefOf, ROUTES } from '../router/routes';
import { AuthForm, TokenField, useErrorFocus } from './auth-form';
import { useInvitationStore } from './invitation-store';
import { useLoginStore } from './login-store';
import { NewPasswordFields } from './NewPasswordFields';
import { TEAM_AUTH_ROUTES, TEAM_TOKEN_PARAM } from './team-routes';

const TOKEN_FIELDS = ['token'] as const;
const PASSWORD_FIELDS = ['password', 'repeat'] as const;
const INVITATION_PASSWORD_IDS = { password: 'invitation-password', repeat: 'invitation-repeat' };

/**
 * An invitation to a customer account: paste the token or link (or open the link), see who
 * invites, then accept — signed in with the invited address, or by creating a login.
 */
export function InvitationScreen({ tokenFromLink }: { tokenFromLink: string | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { info, joined } = useInvitationStore(
    useShallow((s) => ({ info: s.info, joined: s.joined })),
  );
  const inspect = useInvitationStore((s) => s.inspect);
  useEffect(() => {
    if (tokenFromLink) void inspect(tokenFromLink);
  }, [tokenFromLink, inspect]);

  return (
    <>
      <h1>{t('invitation.title')}</h1>
      {joined !== null ? <Joined customerName={joined} /> : info ? <Details /> : <TokenStep />}
    </>
  );
}

function TokenStep() {
  const { t } = useTranslation();
  const signedIn = useSessionStore((s) => s.session?.status === 'signedIn');
  const form = useInvitationStore(
    useShallow((s) => ({
      token: s.token,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setToken, inspect } = useInvitationStore.getState();
  const [tokenRef] = useErrorFocus(form.fieldErrors, TOKEN_FIELDS);
  return (
    <>
      <p className="lead">{t('invitation.intro')}</p>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('invitation.inspect')}
        onSubmit={() => void inspect()}
      >
        <TokenField
          ref={tokenRef}
          id="invitation-token"
          label={t('invitation.token')}
          hint={t('invitation.tokenHint')}
          value={form.token}
          onValueChange={setToken}
          errorKey={form.fieldErrors.token}
        />
      </AuthForm>
      <BackLink signedIn={signedIn} />
    </>
  );
}

function Details() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore((s) => s.session);
  const form = useInvitationStore(
    useShallow((s) => ({
      info: s.info!,
      inspected: s.inspected,
      password: s.password,
      repeat: s.repeat,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
    })),
  );
  const { setPassword, setRepeat, accept, acceptNew, restart } = useInvitationStore.getState();
  const [passwordRef, repeatRef] = useErrorFocus(form.fieldErrors, PASSWORD_FIELDS);

  const { info } = form;
  const signedInAs = session?.status === 'signedIn' ? session.email : null;
  const summary = (
    <div className="notice" role="status" data-testid="invitation-info">
      <p>
        {t('invitation.summary', {
          customer: info.customerName,
          email: info.email,
          date: formatDate(info.expiresAt, i18n.language),
        })}
      </p>
    </div>
  );
  const again = (
    <ul className="link-list">
      <li>
        <button type="button" className="button button--secondary" onClick={restart}>
          {t('invitation.other')}
        </button>
      </li>
    </ul>
  );

  if (signedInAs !== null) {
    const sameAddress = signedInAs.toLowerCase() === info.email.toLowerCase();
    return (
      <>
        {summary}
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        {sameAddress ? null : (
          <p className="notice">{t('invitation.otherAddress', { email: signedInAs })}</p>
        )}
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={form.pending || undefined}
            onClick={() => void accept()}
          >
            {t('invitation.accept')}
          </button>
        </div>
        {again}
        <BackLink signedIn />
      </>
    );
  }

  if (info.existingAccount) {
    return (
      <>
        {summary}
        <p>{t('invitation.signInFirst', { email: info.email })}</p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              const back = `${TEAM_AUTH_ROUTES.invitation}?${TEAM_TOKEN_PARAM}=${encodeURIComponent(
                form.inspected ?? '',
              )}`;
              useLoginStore.getState().prepare(info.email, back);
              navigate(ROUTES.login);
            }}
          >
            {t('invitation.signInAndAccept')}
          </button>
        </div>
        {again}
      </>
    );
  }

  return (
    <>
      {summary}
      <p>{t('invitation.createIntro', { email: info.email })}</p>
      <AuthForm
        pending={form.pending}
        formError={form.formError}
        submitLabel={t('invitation.create')}
        onSubmit={() => void acceptNew()}
      >
        <NewPasswordFields
          ids={INVITATION_PASSWORD_IDS}
          passwordLabel={t('login.password')}
          password={form.password}
          repeat={form.repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          errors={form.fieldErrors}
          passwordRef={passwordRef}
          repeatRef={repeatRef}
          autoFocus
        />
      </AuthForm>
      {again}
    </>
  );
}

function Joined({ customerName }: { customerName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="notice notice--success" role="status">
        <p>{t('invitation.joined', { customer: customerName })}</p>
      </div>
      <BackLink signedIn />
    </>
  );
}

function BackLink({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      <li>
        {signedIn ? (
          <a href={hrefOf(ROUTES.dashboard)}>{t('invitation.backToApp')}</a>
        ) : (
          <a href={hrefOf(ROUTES.login)}>{t('register.haveAccount')}</a>
        )}
      </li>
    </ul>
  );
}
