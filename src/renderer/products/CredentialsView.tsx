import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Cached, Settings } from '../../shared/domain';
import type { Credential, CredentialLock, CredentialView } from '../../shared/products/types';
import { SyncedAt } from '../billing/SyncedAt';
import { AppForm } from '../components/AppForm';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { formatDateTime, formatTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { isUnlocked, useContract, useLockStore } from './products-stores';
import { contractRoute } from './routes';
import { ShownOnceDialog } from '../components/ShownOnceDialog';
import { useIdleRelock } from './use-idle-relock';
import { ViewTitle } from './ViewTitle';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { RadioGroup } from '../components/RadioGroup';

const MASK = '••••••••••••';
const OFFLINE_ID = 'credentials-offline';
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

interface ListState {
  cached: Cached<CredentialView[]> | null;
  loaded: boolean;
  error: AppError | null;
}

/** The access credentials of one contract, behind the app's own lock. */
export function CredentialsView({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const contract = useContract(contractId);
  const lock = useLockStore((s) => s.lock);
  const relock = useLockStore((s) => s.relock);
  const unlocked = useUnlocked(lock);
  const settings = useSettings();
  const [list, setList] = useState<ListState>({ cached: null, loaded: false, error: null });
  const latest = useRef(0);

  const loadList = useCallback(async () => {
    const request = ++latest.current;
    try {
      const cached = await call('credentials:list', { contractId });
      if (request === latest.current) setList({ cached, loaded: true, error: null });
    } catch (thrown) {
      if (request === latest.current) {
        setList((s) => ({ ...s, loaded: true, error: AppError.from(thrown) }));
      }
    }
  }, [contractId]);

  // unlocking may fetch the list from the server: load again whenever the lock opens
  useEffect(() => {
    void loadList();
  }, [loadList, unlocked]);

  const onIdle = useCallback(() => void relock(), [relock]);
  useIdleRelock(unlocked, settings.settings?.idleLockMinutes ?? 5, onIdle);

  const name = contract.cached?.data.productName;
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(contractRoute(contractId))}>{t('products.credentials.back')}</a>
      </p>
      <ViewTitle>
        {name
          ? t('products.credentials.titleOf', { product: name })
          : t('products.credentials.title')}
      </ViewTitle>
      {unlocked && lock ? (
        <UnlockedBar lock={lock} idleMinutes={settings.settings?.idleLockMinutes ?? 5} />
      ) : (
        <LockPanel lock={lock} />
      )}
      <CredentialList
        contractId={contractId}
        state={list}
        unlocked={unlocked}
        unlockedUntil={lock?.unlockedUntil ?? null}
        retry={() => void loadList()}
        onReset={() => void loadList()}
      />
      {settings.settings ? (
        <LockSettings settings={settings.settings} save={settings.save} lock={lock} />
      ) : null}
      {settings.error ? <FormError>{errorText(settings.error)}</FormError> : null}
    </>
  );
}

/** The lock, re-rendered when it expires. */
function useUnlocked(lock: CredentialLock | null): boolean {
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

function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let current = true;
    call('settings:get').then(
      (s) => {
        if (current) setSettings(s);
      },
      (thrown: unknown) => {
        if (current) setError(AppError.from(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, []);
  const save = useCallback(async (patch: Partial<Omit<Settings, 'language'>>) => {
    try {
      setSettings(await call('settings:set', patch));
      setError(null);
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
  }, []);
  return { settings, error, save };
}

function LockPanel({ lock }: { lock: CredentialLock | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const { pending, error, unlock, clearError } = useLockStore();
  const [password, setPassword] = useState('');
  const osUnlock = !online && lock?.method === 'os' && lock.osAvailable;
  const passwordError =
    error && PASSWORD_ERRORS.has(error.messageKey) ? errorText(error) : undefined;
  const formError = error && !passwordError ? errorText(error) : null;

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
        <AppForm
          pending={pending}
          aria-labelledby={LOCK_TITLE_ID}
          onSubmit={() => {
            if (pending) return;
            if (password === '') {
              useLockStore.setState({ error: passwordRequired() });
              return;
            }
            void unlock(password).then((ok) => {
              if (ok) setPassword('');
            });
          }}
        >
          {formError ? <FormError>{formError}</FormError> : null}
          <TextField
            id="unlock-password"
            type="password"
            label={t('products.lock.password')}
            autoComplete="current-password"
            value={password}
            onValueChange={(value) => {
              setPassword(value);
              if (error) clearError();
            }}
            error={passwordError}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t('products.lock.unlock')}
            </button>
          </div>
        </AppForm>
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

function UnlockedBar({ lock, idleMinutes }: { lock: CredentialLock; idleMinutes: number }) {
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

interface CredentialListProps {
  contractId: string;
  state: ListState;
  unlocked: boolean;
  unlockedUntil: string | null;
  retry: () => void;
  onReset: () => void;
}

function CredentialList({
  contractId,
  state,
  unlocked,
  unlockedUntil,
  retry,
  onReset,
}: CredentialListProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [notice, setNotice] = useState<string | null>(null);
  if (state.cached) {
    return (
      <section aria-labelledby="credential-list-title">
        <h3 id="credential-list-title">{t('products.credentials.listTitle')}</h3>
        {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
        <p className="notice" role="status" data-testid="credentials-notice">
          {notice ?? t('products.credentials.masked')}
        </p>
        <ul className="credential-list">
          {state.cached.data.map((credential) => (
            <CredentialCard
              key={credential.id}
              contractId={contractId}
              credential={credential}
              unlocked={unlocked}
              unlockedUntil={unlockedUntil}
              notify={setNotice}
              onReset={onReset}
            />
          ))}
        </ul>
        <SyncedAt time={state.cached.syncedAt} />
      </section>
    );
  }
  if (state.error) {
    return (
      <div className="form-error" role="alert">
        <p>{errorText(state.error)}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('billing.retry')}
        </button>
      </div>
    );
  }
  if (!state.loaded) {
    return (
      <p className="notice" role="status" aria-busy="true">
        {t('billing.loading')}
      </p>
    );
  }
  return (
    <p className="notice" data-testid="credentials-none">
      {unlocked ? t('products.credentials.noneOffline') : t('products.credentials.unlockToLoad')}
    </p>
  );
}

interface CardProps {
  contractId: string;
  credential: CredentialView;
  unlocked: boolean;
  unlockedUntil: string | null;
  notify: (text: string) => void;
  onReset: () => void;
}

function CredentialCard({
  contractId,
  credential: c,
  unlocked,
  unlockedUntil,
  notify,
  onReset,
}: CardProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  // a password shown belongs to the unlock it was shown in: a closed lock hides it
  const [shown, setShown] = useState<{ password: string; unlock: string | null } | null>(null);
  const revealed = unlocked && shown && shown.unlock === unlockedUntil ? shown.password : null;
  const setRevealed = (password: string | null) =>
    setShown(password === null ? null : { password, unlock: unlockedUntil });
  const [error, setError] = useState<AppError | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetPending, setResetPending] = useState(false);
  const [resetError, setResetError] = useState<AppError | null>(null);
  const [fresh, setFresh] = useState<Credential | null>(null);
  const ref = { contractId, credentialId: c.id };
  const titleId = `credential-${c.id}-title`;

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
  };

  const copyPassword = () =>
    run(async () => {
      const { clearsInSeconds } = await call('credentials:copy', ref);
      notify(t('products.credentials.copied', { label: c.label, seconds: clearsInSeconds }));
    });

  return (
    <li className="card credential-card" aria-labelledby={titleId} data-testid="credential">
      <h4 id={titleId}>
        {c.label} <span className="meta">{t(`products.kind.${c.kind}`)}</span>
      </h4>
      <dl className="facts facts--compact">
        <div className="facts__item">
          <dt>{t('products.credentials.host')}</dt>
          <dd className="mono">{c.port === null ? c.host : `${c.host}:${c.port}`}</dd>
        </div>
        {c.url ? (
          <div className="facts__item">
            <dt>{t('products.credentials.url')}</dt>
            <dd className="mono">{c.url}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('products.credentials.username')}</dt>
          <dd className="mono" data-testid="credential-username">
            {c.username}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('products.credentials.password')}</dt>
          <dd className="mono" data-testid="credential-password">
            {revealed ?? (
              <span aria-label={t('products.credentials.hidden')} role="img">
                {MASK}
              </span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('products.credentials.updatedAt')}</dt>
          <dd>{formatDateTime(c.updatedAt, i18n.language)}</dd>
        </div>
      </dl>
      {error ? <FormError>{errorText(error)}</FormError> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('products.credentials.copyUsernameOf', { label: c.label })}
          onClick={() =>
            void run(async () => {
              await call('clipboard:writeText', { text: c.username });
              notify(t('products.credentials.usernameCopied', { label: c.label }));
            })
          }
        >
          {t('products.credentials.copyUsername')}
        </button>
        {unlocked ? (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={
                revealed === null
                  ? t('products.credentials.revealOf', { label: c.label })
                  : t('products.credentials.hideOf', { label: c.label })
              }
              onClick={() =>
                revealed === null
                  ? void run(async () => {
                      setRevealed((await call('credentials:reveal', ref)).password);
                    })
                  : setRevealed(null)
              }
            >
              {revealed === null
                ? t('products.credentials.reveal')
                : t('products.credentials.hide')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('products.credentials.copyOf', { label: c.label })}
              onClick={() => void copyPassword()}
            >
              {t('products.credentials.copy')}
            </button>
            <OnlineOnlyButton
              offlineReasonId={OFFLINE_ID}
              className="button button--small"
              aria-label={t('products.credentials.resetOf', { label: c.label })}
              onClick={() => {
                setResetError(null);
                setConfirmReset(true);
              }}
            >
              {t('products.credentials.reset')}
            </OnlineOnlyButton>
          </>
        ) : null}
      </div>
      {confirmReset ? (
        <ConfirmDialog
          title={t('products.credentials.resetTitle', { label: c.label })}
          confirmLabel={t('products.credentials.resetConfirm')}
          cancelLabel={t('products.cancelAction')}
          pending={resetPending}
          error={resetError ? errorText(resetError) : undefined}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setResetPending(true);
            call('credentials:reset', ref).then(
              (credential) => {
                setResetPending(false);
                setConfirmReset(false);
                setRevealed(null);
                setFresh(credential);
              },
              (thrown: unknown) => {
                setResetPending(false);
                setResetError(AppError.from(thrown));
              },
            );
          }}
        >
          <p>{t('products.credentials.resetText')}</p>
        </ConfirmDialog>
      ) : null}
      {fresh ? (
        <ShownOnceDialog
          title={t('products.credentials.newPasswordTitle', { label: fresh.label })}
          closeLabel={t('products.credentials.newPasswordClose')}
          onClose={() => {
            setFresh(null);
            onReset();
          }}
          actions={
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void copyPassword()}
            >
              {t('products.credentials.copy')}
            </button>
          }
        >
          <p>{t('products.credentials.newPasswordText')}</p>
          <p className="mono" data-testid="new-password">
            {fresh.password}
          </p>
        </ShownOnceDialog>
      ) : null}
    </li>
  );
}

function LockSettings({
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
