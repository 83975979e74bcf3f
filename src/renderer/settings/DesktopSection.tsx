import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain';
import { useAppInfoStore } from '../app/app-info-store';
import { CheckboxField } from '../components/CheckboxField';
import { useErrorText } from '../i18n/use-error-text';
import { useAppLockStore } from '../shell/app-lock-store';
import { useSettingsStore } from './settings-store';

const KEYS = ['startAtLogin', 'closeToTray'] as const;
const LOCK_KEYS = ['appLockOnScreenLock', 'appLockIdleMinutes'];
/** 0: never; else minutes without input on the machine */
const LOCK_MINUTES = [0, 5, 10, 15, 30, 60] as const;

/** "Desktop": start at login (minimised to the tray) and closing to the tray. */
export function DesktopSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const host = useAppInfoStore((s) => s.info?.host ?? null);
  const outcome = useSettingsStore((s) => s.outcome);
  const mine = outcome !== null && [...KEYS, ...LOCK_KEYS].includes(outcome.key) ? outcome : null;
  const save = (patch: Partial<Settings>) => void useSettingsStore.getState().save(patch);
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
          onCheckedChange={(checked) => save({ [key]: checked })}
        />
      ))}
      <h3>{t('desktop.lock.settingsTitle')}</h3>
      <p className="field__hint">{t('desktop.lock.settingsHint')}</p>
      <CheckboxField
        id="settings-appLockOnScreenLock"
        label={t('desktop.lock.onScreenLock')}
        checked={settings.appLockOnScreenLock}
        onCheckedChange={(appLockOnScreenLock) => save({ appLockOnScreenLock })}
      />
      <div className="field">
        <label className="field__label" htmlFor="settings-appLockIdleMinutes">
          {t('desktop.lock.idle')}
        </label>
        <select
          id="settings-appLockIdleMinutes"
          value={settings.appLockIdleMinutes}
          onChange={(event) => save({ appLockIdleMinutes: Number(event.target.value) })}
        >
          {LOCK_MINUTES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0
                ? t('desktop.lock.never')
                : t('desktop.lock.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void useAppLockStore.getState().lock()}
        >
          {t('desktop.lock.lockNow')}
        </button>
      </div>
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
