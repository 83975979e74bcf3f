import { useTranslation } from 'react-i18next';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { formatDateTime } from '../format';
import { signInsStore } from './security-stores';

const TITLE_ID = 'security-history-title';

/** "Anmeldeverlauf": the last 50 sign-in attempts, from the cache (offline too). */
export function HistorySection() {
  const { t, i18n } = useTranslation();
  const state = signInsStore.use((s) => s);
  return (
    <section className="card security__section" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{t('security.history.title')}</h2>
      <p>{t('security.history.intro')}</p>
      <LoadState state={state} retry={() => void signInsStore.load()}>
        {(data, syncedAt) => (
          <>
            {data.attempts.length === 0 ? (
              <p>{t('security.history.empty')}</p>
            ) : (
              <table className="data-table" data-testid="history-table">
                <caption className="visually-hidden">{t('security.history.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('security.history.time')}</th>
                    <th scope="col">{t('security.history.outcome')}</th>
                    <th scope="col">{t('security.history.method')}</th>
                    <th scope="col">{t('security.history.device')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.attempts.map((attempt) => (
                    <tr key={attempt.id} data-testid="history-row">
                      <td>{formatDateTime(attempt.at, i18n.language)}</td>
                      <td>
                        <span className={`badge badge--${attempt.outcome}`}>
                          {t(`security.history.outcomes.${attempt.outcome}`)}
                        </span>
                      </td>
                      <td>{t(`security.history.methods.${attempt.method}`)}</td>
                      <td>{attempt.deviceName ?? t('security.devices.unknown')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
    </section>
  );
}
