import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../app/app-info-store';
import { useSyncStore } from '../app/sync-store';
import { useViewsStore } from '../app/views-store';
import { articleRoute } from '../help/articles';
import { hrefOf } from '../router/routes';
import { formatDateTime } from '../format';
import { SettingsRepairedBanner } from '../settings/SettingsRepairedBanner';

/** App-wide notices: offline (with the time of the data shown), a missing keychain, damaged settings. */
export function Banners({ signedIn = false }: { signedIn?: boolean }) {
  return (
    // the wrapper stays mounted so screen readers hear banners that appear later
    <div className="banners" aria-live="polite">
      <OfflineBanner />
      <VaultBanner signedIn={signedIn} />
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

/**
 * "Kein Schlüsselbund": signed in, until that account hides it on this device (views store);
 * signed out always, as there is no account yet to remember the choice for.
 */
function VaultBanner({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const vault = useAppInfoStore((s) => s.info?.vault);
  const loaded = useViewsStore((s) => s.loaded);
  const dismissed = useViewsStore((s) => s.vaultNoticeDismissed);
  const dismiss = useViewsStore((s) => s.dismissVaultNotice);
  if (vault !== 'memory' || (signedIn && (!loaded || dismissed))) return null;
  return (
    <div className="banner banner--warning" role="status">
      <span className="banner__text" data-testid="vault-warning">
        {t('banner.vaultMemory')}
      </span>
      {signedIn ? (
        <span className="banner__actions">
          <a href={hrefOf(articleRoute('signIn'))}>{t('layout.vault.help')}</a>
          <button type="button" className="button button--small" onClick={dismiss}>
            {t('layout.vault.dismiss')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
