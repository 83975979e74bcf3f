import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../router/hash';
import { hrefOf } from '../router/routes';
import { isSettingsRoute, SETTINGS_ROUTE } from './routes';
import { useSettingsStore } from './settings-store';

/** App-wide: the settings file was damaged and defaults took its place; leads to settings. */
export function SettingsRepairedBanner() {
  const { t } = useTranslation();
  const repaired = useSettingsStore((s) => s.repaired);
  // the settings screen shows the notice itself, with a way to dismiss it
  const onSettings = isSettingsRoute(useRoute().path);
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);
  if (!repaired || onSettings) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="settings-repaired-banner">
      <span className="banner__text">{t('settings.repaired')}</span>
      <a className="button button--small" href={hrefOf(SETTINGS_ROUTE)}>
        {t('settings.repairedOpen')}
      </a>
    </div>
  );
}
