import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../app/app-info-store';
import { useSyncStore } from '../app/sync-store';
import { formatDateTime } from '../format';
import { SettingsRepairedBanner } from '../settings/SettingsRepairedBanner';

/** App-wide notices: offline (with the time of the data shown), a missing keychain, damaged settings. */
export function Banners() {
  return (
    // the wrapper stays mounted so screen readers hear banners that appear later
    <div className="banners" aria-live="polite">
      <OfflineBanner />
      <VaultBanner />
      <SettingsRepairedBanner />
    </div>
  );
}

function OfflineBanner() {
  const { t, i18n } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const syncNow = useSyncStore((s) => s.syncNow);
  if (!status || status.online) return null;
  return (
    <div className="banner banner--offline" role="status" data-testid="offline-banner">
      <span className="banner__text">
        {status.lastSyncedAt
          ? t('banner.offline', { time: formatDateTime(status.lastSyncedAt, i18n.language) })
          : t('banner.offlineNeverSynced')}
      </span>
      <button
        type="button"
        className="button button--small"
        aria-disabled={status.syncing || undefined}
        onClick={() => {
          if (!status.syncing) void syncNow();
        }}
      >
        {t('banner.reconnect')}
      </button>
    </div>
  );
}

function VaultBanner() {
  const { t } = useTranslation();
  const vault = useAppInfoStore((s) => s.info?.vault);
  if (vault !== 'memory') return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="vault-warning">
      <span className="banner__text">{t('banner.vaultMemory')}</span>
    </div>
  );
}
