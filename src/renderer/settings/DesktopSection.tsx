import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain';
import { useAppInfoStore } from '../app/app-info-store';
import { CheckboxField } from '../components/CheckboxField';
import { useErrorText } from '../i18n/use-error-text';
import { useSettingsStore } from './settings-store';

const KEYS = ['startAtLogin', 'closeToTray'] as const;

/** "Desktop": start at login (minimised to the tray) and closing to the tray. */
export function DesktopSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const host = useAppInfoStore((s) => s.info?.host ?? null);
  const outcome = useSettingsStore((s) => s.outcome);
  const mine =
    outcome !== null && (KEYS as readonly string[]).includes(outcome.key) ? outcome : null;
  return (
    <section className="card settings__section" aria-labelledby="settings-desktop-title">
      <h2 id="settings-desktop-title">{t('desktop.settings.title')}</h2>
      {host === 'web' ? <p className="field__hint">{t('desktop.settings.webHost')}</p> : null}
      {KEYS.map((key) => (
        <CheckboxField
          key={key}
          id={`settings-${key}`}
          label={t(`desktop.settings.${key}`)}
          checked={settings[key]}
          onCheckedChange={(checked) => void useSettingsStore.getState().save({ [key]: checked })}
        />
      ))}
      <p className="settings__outcome" role="status">
        {mine && !mine.error ? t('settings.saved') : null}
      </p>
      {mine?.error ? (
        <p className="form-error" role="alert">
          {errorText(mine.error)}
        </p>
      ) : null}
    </section>
  );
}
