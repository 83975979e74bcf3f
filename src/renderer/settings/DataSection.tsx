import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../app/session-store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

type Action = 'clearCache' | 'logoutEverywhere';

/** "Daten": empty the offline cache, or end every session of this login; each asks first. */
export function DataSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [asking, setAsking] = useState<Action | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<Action | null>(null);

  const run = async (action: Action) => {
    setPending(true);
    setError(null);
    try {
      if (action === 'clearCache') {
        await call('cache:clear');
      } else {
        useSessionStore.getState().setSession(await call('session:logoutEverywhere'));
      }
      setAsking(null);
      setDone(action);
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  const open = (action: Action) => {
    setDone(null);
    setError(null);
    setAsking(action);
  };

  return (
    <section className="card settings__section" aria-labelledby="settings-data-title">
      <h2 id="settings-data-title">{t('settings.data.title')}</h2>
      <h3>{t('settings.data.clearCache')}</h3>
      <p>{t('settings.data.clearCacheIntro')}</p>
      <button type="button" className="button button--secondary" onClick={() => open('clearCache')}>
        {t('settings.data.clearCache')}
      </button>
      <h3>{t('settings.data.logoutEverywhere')}</h3>
      <p>{t('settings.data.logoutEverywhereIntro')}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => open('logoutEverywhere')}
      >
        {t('settings.data.logoutEverywhere')}
      </button>
      <p className="settings__outcome" role="status">
        {done === 'clearCache' ? t('settings.data.cacheCleared') : null}
      </p>
      {asking ? (
        <ConfirmDialog
          title={t(`settings.data.${asking}Confirm.title`)}
          confirmLabel={t(`settings.data.${asking}Confirm.confirm`)}
          cancelLabel={t('settings.data.cancel')}
          pending={pending}
          error={error ? errorText(error) : undefined}
          onConfirm={() => void run(asking)}
          onCancel={() => setAsking(null)}
        >
          <p>{t(`settings.data.${asking}Confirm.body`)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
