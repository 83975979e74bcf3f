import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from './app/app-info-store';
import { followAppNavigation } from './app/navigate-events';
import { resolveScreen } from './app/resolve-screen';
import { connectSession, useSessionStore } from './app/session-store';
import { connectSync } from './app/sync-store';
import { AuthLayout } from './auth/AuthLayout';
import { ForgotPasswordScreen } from './auth/ForgotPasswordScreen';
import { InvitationScreen } from './auth/InvitationScreen';
import { LoginScreen } from './auth/LoginScreen';
import { RegisterScreen } from './auth/RegisterScreen';
import { ResetPasswordScreen } from './auth/ResetPasswordScreen';
import { TEAM_TOKEN_PARAM } from './auth/team-routes';
import { useErrorText } from './i18n/use-error-text';
import { redirect, useRoute } from './router/hash';
import { RESET_TOKEN_PARAM } from './router/routes';
import { AppLockGate } from './shell/AppLockGate';
import { Frame } from './shell/Frame';
import { followNotificationClicks } from './support/notification-open';

/** Connects to main, then shows the screen the session and the route call for. */
export function App() {
  const session = useSessionStore((s) => s.session);
  const failed = useSessionStore((s) => s.error !== null);
  const route = useRoute();
  const resolved = resolveScreen(session, failed, route.path);

  useEffect(() => {
    const offs = [
      connectSession(),
      connectSync(),
      followNotificationClicks(),
      followAppNavigation(),
    ];
    void useAppInfoStore.getState().load();
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (resolved.redirect) redirect(resolved.redirect);
  }, [resolved.redirect]);

  switch (resolved.screen) {
    case 'loading':
      return <LoadingScreen />;
    case 'startFailed':
      return <StartFailedScreen />;
    case 'frame':
      return (
        <AppLockGate email={session?.status === 'signedIn' ? session.email : ''}>
          <Frame path={route.path} email={session?.status === 'signedIn' ? session.email : ''} />
        </AppLockGate>
      );
    case 'resetPassword':
      return (
        <AuthLayout>
          <ResetPasswordScreen tokenFromLink={route.params.get(RESET_TOKEN_PARAM)} />
        </AuthLayout>
      );
    case 'forgotPassword':
      return (
        <AuthLayout>
          <ForgotPasswordScreen />
        </AuthLayout>
      );
    case 'register':
      return (
        <AuthLayout>
          <RegisterScreen tokenFromLink={route.params.get(TEAM_TOKEN_PARAM)} />
        </AuthLayout>
      );
    case 'invitation':
      return (
        <AuthLayout>
          <InvitationScreen tokenFromLink={route.params.get(TEAM_TOKEN_PARAM)} />
        </AuthLayout>
      );
    case 'login':
      return (
        <AuthLayout>
          <LoginScreen />
        </AuthLayout>
      );
  }
}

function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <main className="centered" id="main">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

function StartFailedScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const error = useSessionStore((s) => s.error);
  const load = useSessionStore((s) => s.load);
  return (
    <main className="centered" id="main">
      <div className="card auth__card">
        <h1>{t('app.name')}</h1>
        <div className="form-error" role="alert">
          <p>{t('app.startFailed')}</p>
          {error ? <p>{errorText(error)}</p> : null}
        </div>
        <button type="button" className="button button--primary" onClick={() => void load()}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
