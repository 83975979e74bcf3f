import { useTranslation } from 'react-i18next';
import type { DeviceSession } from '../../shared/security/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { useDevicesStore } from './devices-store';
import { sessionsStore } from './security-stores';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const TITLE_ID = 'security-devices-title';
const OFFLINE_ID = 'security-devices-offline';

/** "Angemeldete Geräte": every session of the person, this one marked; end one or all others. */
export function DevicesSection() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const state = sessionsStore.use((s) => s);
  const notice = useDevicesStore((s) => s.notice);
  const { ask } = useDevicesStore.getState();
  const name = (session: DeviceSession) => session.deviceName ?? t('security.devices.unknown');
  return (
    <section className="card security__section" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{t('security.devices.title')}</h2>
      <p>{t('security.devices.intro')}</p>
      <div aria-live="polite">
        {notice ? (
          <p className="notice notice--success" role="status" data-testid="devices-notice">
            {notice.kind === 'ended'
              ? t('security.devices.ended')
              : t('security.devices.endedOthers', { count: notice.count })}
          </p>
        ) : null}
      </div>
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      <LoadState state={state} retry={() => void sessionsStore.load()}>
        {(data, syncedAt) => (
          <>
            <table className="data-table" data-testid="devices-table">
              <caption className="visually-hidden">{t('security.devices.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('security.devices.device')}</th>
                  <th scope="col">{t('security.devices.created')}</th>
                  <th scope="col">{t('security.devices.lastUsed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('security.devices.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.sessions.map((session) => (
                  <tr key={session.id} data-testid="device-row">
                    <th scope="row">
                      {name(session)}
                      {session.current ? (
                        <span className="badge" data-testid="this-device">
                          {t('security.devices.thisDevice')}
                        </span>
                      ) : null}
                    </th>
                    <td>{formatDateTime(session.createdAt, i18n.language)}</td>
                    <td>{formatDateTime(session.lastUsedAt, i18n.language)}</td>
                    <td>
                      {session.current ? null : (
                        <OnlineOnlyButton
                          offlineReasonId={OFFLINE_ID}
                          className="button button--small"
                          aria-label={t('security.devices.endNamed', { device: name(session) })}
                          onClick={() => ask(session)}
                        >
                          {t('security.devices.end')}
                        </OnlineOnlyButton>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.sessions.some((session) => !session.current) ? (
              <div className="form__actions">
                <OnlineOnlyButton
                  offlineReasonId={OFFLINE_ID}
                  className="button button--secondary"
                  onClick={() => ask('others')}
                >
                  {t('security.devices.endOthers')}
                </OnlineOnlyButton>
              </div>
            ) : (
              <p>{t('security.devices.onlyThis')}</p>
            )}
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
      <EndDialog name={name} />
    </section>
  );
}

function EndDialog({ name }: { name: (session: DeviceSession) => string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const confirming = useDevicesStore((s) => s.confirming);
  const pending = useDevicesStore((s) => s.pending);
  const error = useDevicesStore((s) => s.error);
  const { confirm, cancel } = useDevicesStore.getState();
  if (!confirming) return null;
  const others = confirming === 'others';
  return (
    <ConfirmDialog
      title={t(others ? 'security.devices.confirmOthersTitle' : 'security.devices.confirmTitle')}
      confirmLabel={t(others ? 'security.devices.endOthers' : 'security.devices.end')}
      cancelLabel={t('security.cancel')}
      pending={pending}
      error={error ? errorText(error) : undefined}
      onConfirm={() => void confirm()}
      onCancel={cancel}
    >
      <p>
        {others
          ? t('security.devices.confirmOthers')
          : t('security.devices.confirm', { device: name(confirming) })}
      </p>
    </ConfirmDialog>
  );
}
