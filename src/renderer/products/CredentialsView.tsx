import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cached, Settings } from '../../shared/domain';
import type { Credential, CredentialView } from '../../shared/products/types';
import { SyncedAt } from '../billing/SyncedAt';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { useContract, useLockStore } from './products-stores';
import { contractRoute } from './routes';
import { ShownOnceDialog } from '../components/ShownOnceDialog';
import { useIdleRelock } from './use-idle-relock';
import { ViewTitle } from './ViewTitle';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { LockPanel, LockSettings, UnlockedBar, useUnlocked } from './CredentialLock';

const MASK = '••••••••••••';
const OFFLINE_ID = 'credentials-offline';

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
