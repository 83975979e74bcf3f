/** The app's own lock in front of the credentials: unlock, the unlocked bar, its settings. */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain';
import type { CredentialLock } from '../../shared/products/types';
import { FormError } from '../components/FormError';
import { PasswordUnlockForm, usePasswordErrors } from '../components/PasswordUnlockForm';
import { useOnline } from '../components/use-online';
import { formatTime } from '../format';
import { AppError } from '../ipc';
import { isUnlocked, useLockStore } from './products-stores';
import { RadioGroup } from '../components/RadioGroup';

const LOCK_TITLE_ID = 'lock-title';
const UNLOCK_METHODS: readonly Settings['credentialsUnlock'][] = ['password', 'os'];
const UNLOCK_GROUP = 'unlock-method';
const PASSWORD_ERRORS = new Set([
  'errors.wrong_password',
  'errors.field.required',
  'errors.password_required',
]);
const IDLE_CHOICES: readonly number[] = [1, 2, 5, 10, 15, 30];

/** the error of an empty password field */
function passwordRequired(): AppError {
  return new AppError({ code: 'required', messageKey: 'errors.field.required' });
}

/** The lock, re-rendered when it expires. */
export function useUnlocked(lock: CredentialLock | null): boolean {
  const [, setTick] = useState(0);
  const open = isUnlocked(lock);
  useEffect(() => {
    if (!open || !lock?.unlockedUntil) return;
    const timer = window.setTimeout(
      () => {
        setTick((n) => n + 1);
        void useLockStore.getState().load();
      },
      Date.parse(lock.unlockedUntil) - Date.now() + 50,
    );
    return () => window.clearTimeout(timer);
  }, [open, lock?.unlockedUntil]);
  return open;
}

export function LockPanel({ lock }: { lock: CredentialLock | null }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { pending, error, unlock, clearError } = useLockStore();
  const osUnlock = !online && lock?.method === 'os' && lock.osAvailable;
  const { formError } = usePasswordErrors(error, PASSWORD_ERRORS);

  return (
    <section className="card" aria-labelledby={LOCK_TITLE_ID} data-testid="credentials-locked">
      <h3 id={LOCK_TITLE_ID}>{t('products.lock.title')}</h3>
      <p>{t('products.lock.intro')}</p>
      {online ? (
        <p>{t('products.lock.online')}</p>
      ) : (
        <p data-testid="lock-offline">{offlineExplanation(t, lock)}</p>
      )}
      {osUnlock ? (
        <>
          {formError ? <FormError>{formError}</FormError> : null}
          <button
            type="button"
            className="button button--primary"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (!pending) void unlock();
            }}
          >
            {t('products.lock.unlockOs')}
          </button>
        </>
      ) : (
        <PasswordUnlockForm
          id="unlock-password"
          labelledBy={LOCK_TITLE_ID}
          label={t('products.lock.password')}
          submitLabel={t('products.lock.unlock')}
          pending={pending}
          error={error}
          passwordErrors={PASSWORD_ERRORS}
          onEmpty={() => useLockStore.setState({ error: passwordRequired() })}
          unlock={unlock}
          clearError={clearError}
        />
      )}
    </section>
  );
}

// i18next's own type: the hook's return type grows too deep for tsc once the locales grow
type T = TFunction;

/** How an unlock works without a connection, for the chosen method. */
function offlineExplanation(t: T, lock: CredentialLock | null): string {
  if (lock?.method === 'os') {
    return lock.osAvailable ? t('products.lock.offlineOs') : t('products.lock.offlineOsMissing');
  }
  return lock?.offlinePasswordReady
    ? t('products.lock.offlinePassword')
    : t('products.lock.offlinePasswordNotReady');
}

export function UnlockedBar({ lock, idleMinutes }: { lock: CredentialLock; idleMinutes: number }) {
  const { t, i18n } = useTranslation();
  const relock = useLockStore((s) => s.relock);
  return (
    <div className="notice notice--success" role="status" data-testid="credentials-unlocked">
      <p>
        {t('products.lock.unlockedUntil', {
          time: formatTime(lock.unlockedUntil ?? '', i18n.language),
          count: idleMinutes,
        })}
      </p>
      <button type="button" className="button button--small" onClick={() => void relock()}>
        {t('products.lock.lockNow')}
      </button>
    </div>
  );
}

export function LockSettings({
  settings,
  save,
  lock,
}: {
  settings: Settings;
  save: (patch: Partial<Omit<Settings, 'language'>>) => Promise<void>;
  lock: CredentialLock | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="lock-settings-title">
      <h3 id="lock-settings-title">{t('products.lockSettings.title')}</h3>
      <RadioGroup
        name={UNLOCK_GROUP}
        legend={t('products.lockSettings.method')}
        value={settings.credentialsUnlock}
        options={UNLOCK_METHODS}
        optionLabel={(method) => t(`products.lockSettings.method_${method}`)}
        onChange={(method) => void save({ credentialsUnlock: method })}
      >
        {lock && !lock.osAvailable ? (
          <p className="field__hint">{t('products.lockSettings.osMissing')}</p>
        ) : null}
      </RadioGroup>
      <div className="checkbox">
        <input
          id="offline-credentials"
          type="checkbox"
          className="checkbox__input"
          checked={settings.offlineCredentials}
          onChange={(event) => void save({ offlineCredentials: event.target.checked })}
        />
        <label className="checkbox__label" htmlFor="offline-credentials">
          {t('products.lockSettings.offline')}
        </label>
      </div>
      <div className="field field--inline">
        <label className="field__label" htmlFor="idle-lock-minutes">
          {t('products.lockSettings.idle')}
        </label>
        <select
          id="idle-lock-minutes"
          className="field__select"
          value={settings.idleLockMinutes}
          onChange={(event) => void save({ idleLockMinutes: Number(event.target.value) })}
        >
          {idleChoices(settings.idleLockMinutes).map((n) => (
            <option key={n} value={n}>
              {t('products.terms.minutes', { count: n })}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

/** the offered idle times, with the current one even when it is not among them */
function idleChoices(current: number): number[] {
  return [...new Set([...IDLE_CHOICES, current])].sort((a, b) => a - b);
}
