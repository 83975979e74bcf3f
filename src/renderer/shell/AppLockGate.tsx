import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../app/session-store';
import { PasswordUnlockForm } from '../components/PasswordUnlockForm';
import { AppError } from '../ipc';
import { useAppLockStore } from './app-lock-store';

/** errors that belong at the password field; anything else is said above the form */
const PASSWORD_ERRORS = new Set(['errors.wrong_password', 'errors.password_required']);
const TITLE_ID = 'app-lock-title';
const PASSWORD_ID = 'app-lock-password';

/** the error of an empty password field */
function passwordRequired(): AppError {
  return new AppError({ code: 'password_required', messageKey: 'errors.password_required' });
}

/**
 * The signed-in window behind the app lock. Locked, only the unlock screen is shown; the
 * window itself stays mounted but hidden, so a reply or a form half written is there again
 * after the unlock (the core refuses invoices, payments and credentials meanwhile).
 */
export function AppLockGate({ email, children }: { email: string; children: ReactNode }) {
  const locked = useAppLockStore((s) => s.state?.locked ?? false);
  useEffect(() => useAppLockStore.getState().connect(), []);
  return (
    <>
      {locked ? <AppLockScreen email={email} /> : null}
      <div hidden={locked} className="app-lock__content">
        {children}
      </div>
    </>
  );
}

function AppLockScreen({ email }: { email: string }) {
  const { t } = useTranslation();
  const { state, pending, error, unlock, clearError } = useAppLockStore();
  const logout = useSessionStore((s) => s.logout);

  useEffect(() => {
    // whatever had focus is hidden now: the unlock takes it
    document.getElementById(PASSWORD_ID)?.focus();
  }, []);

  return (
    <main className="app-lock" aria-labelledby={TITLE_ID}>
      <section className="card app-lock__card">
        <h1 id={TITLE_ID}>{t('desktop.lock.title')}</h1>
        {state?.reason ? <p>{t(`desktop.lock.reason.${state.reason}`)}</p> : null}
        <p>{t('desktop.lock.intro', { email })}</p>
        <PasswordUnlockForm
          id={PASSWORD_ID}
          labelledBy={TITLE_ID}
          label={t('desktop.lock.password')}
          submitLabel={t('desktop.lock.unlock')}
          pending={pending}
          error={error}
          passwordErrors={PASSWORD_ERRORS}
          onEmpty={() => useAppLockStore.setState({ error: passwordRequired() })}
          unlock={unlock}
          clearError={clearError}
          actions={
            <>
              {state?.osAvailable ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void unlock()}
                >
                  {t('desktop.lock.unlockOs')}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void logout()}
              >
                {t('desktop.lock.signOut')}
              </button>
            </>
          }
        />
      </section>
    </main>
  );
}
