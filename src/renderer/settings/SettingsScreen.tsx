import type { TFunction } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain';
import { PROVIDER_PROFILE_IDS, type ProviderProfileId } from '../../shared/provider-profiles';
import { checkApiUrl, SYNC_INTERVALS, THEMES } from '../../shared/settings';
import { changeLanguage } from '../app/language';
import { CheckboxField } from '../components/CheckboxField';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { LANGUAGES, toLanguage } from '../i18n';
import { useErrorText } from '../i18n/use-error-text';
import { ConnectionCheck } from './ConnectionCheck';
import { DataSection } from './DataSection';
import { DatevSection } from './DatevSection';
import { DesktopSection } from './DesktopSection';
import { useSettingsStore, type SettingsPatch } from './settings-store';
import { RadioGroup } from '../components/RadioGroup';

const PDF_YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const IDLE_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120] as const;
/** names of the radio groups (ids of their inputs start with them) */
const GROUPS = {
  unlock: 'settings-unlock',
  theme: 'settings-theme',
  profile: 'settings-profile',
} as const;
const NOTIFY_KINDS = [
  'notifyTicketReplies',
  'notifyTicketClosed',
  'notifyNewInvoices',
  'notifyNotices',
] as const;

/** "Einstellungen": every setting of this device, each saved as soon as it changes. */
export function SettingsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const settings = useSettingsStore((s) => s.settings);
  const loadError = useSettingsStore((s) => s.loadError);
  const errorText = useErrorText();

  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);

  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <RepairedNotice />
      {loadError ? (
        <p className="form-error" role="alert">
          {errorText(loadError)}
        </p>
      ) : null}
      {settings ? (
        <>
          <LanguageSection />
          <NotificationsSection settings={settings} />
          <SyncSection settings={settings} />
          <OfflineSection settings={settings} />
          <SecuritySection settings={settings} />
          <AppearanceSection settings={settings} />
          <DesktopSection settings={settings} />
          <DatevSection settings={settings} />
          <ConnectionSection settings={settings} />
          <DataSection />
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </div>
  );
}

function RepairedNotice() {
  const { t } = useTranslation();
  const repaired = useSettingsStore((s) => s.repaired);
  if (!repaired) return null;
  return (
    <div className="notice notice--warning" role="status" data-testid="settings-repaired">
      <p>{t('settings.repaired')}</p>
      <button
        type="button"
        className="button button--small"
        onClick={() => void useSettingsStore.getState().dismissNotice()}
      >
        {t('settings.repairedDismiss')}
      </button>
    </div>
  );
}

/** A titled card with the save outcome of its own settings. */
function Section({
  id,
  keys,
  children,
}: {
  id: string;
  keys: readonly (keyof Settings)[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const outcome = useSettingsStore((s) => s.outcome);
  const mine = outcome !== null && keys.includes(outcome.key) ? outcome : null;
  return (
    <section className="card settings__section" aria-labelledby={`settings-${id}-title`}>
      <h2 id={`settings-${id}-title`}>{t(`settings.${id}.title` as 'settings.title')}</h2>
      {children}
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

function save(patch: SettingsPatch): void {
  void useSettingsStore.getState().save(patch);
}

function SelectField<V extends string | number>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: V;
  options: readonly V[];
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => String(option) === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

function LanguageSection() {
  const { t, i18n } = useTranslation();
  return (
    <Section id="language" keys={['language']}>
      <SelectField
        id="settings-language"
        label={t('settings.language.label')}
        value={toLanguage(i18n.language)}
        options={LANGUAGES}
        optionLabel={(language) => t(`language.${language}`)}
        onChange={(language) => {
          void changeLanguage(i18n, language).then(() => {
            const current = useSettingsStore.getState().settings;
            if (current) useSettingsStore.setState({ settings: { ...current, language } });
          });
        }}
      />
    </Section>
  );
}

function NotificationsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <Section id="notifications" keys={NOTIFY_KINDS}>
      <p>{t('settings.notifications.intro')}</p>
      {NOTIFY_KINDS.map((kind) => (
        <CheckboxField
          key={kind}
          id={`settings-${kind}`}
          label={t(`settings.notifications.${kind}`)}
          checked={settings[kind]}
          onCheckedChange={(checked) => save({ [kind]: checked })}
        />
      ))}
    </Section>
  );
}

function intervalLabel(t: TFunction, seconds: number): string {
  return seconds < 60
    ? t('settings.sync.seconds', { count: seconds })
    : t('settings.sync.minutes', { count: seconds / 60 });
}

function SyncSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <Section id="sync" keys={['syncIntervalSeconds']}>
      <p>{t('settings.sync.intro')}</p>
      <SelectField
        id="settings-sync-interval"
        label={t('settings.sync.label')}
        value={settings.syncIntervalSeconds}
        options={SYNC_INTERVALS}
        optionLabel={(seconds) => intervalLabel(t, seconds)}
        onChange={(syncIntervalSeconds) => save({ syncIntervalSeconds })}
      />
    </Section>
  );
}

function OfflineSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <Section id="offline" keys={['invoicePdfYears', 'offlineCredentials']}>
      <p>{t('settings.offline.intro')}</p>
      <SelectField
        id="settings-pdf-years"
        label={t('settings.offline.pdfYears')}
        value={settings.invoicePdfYears}
        options={PDF_YEARS}
        optionLabel={(count) => t('settings.offline.years', { count })}
        onChange={(invoicePdfYears) => save({ invoicePdfYears })}
      />
      <CheckboxField
        id="settings-offline-credentials"
        label={t('settings.offline.credentials')}
        checked={settings.offlineCredentials}
        onCheckedChange={(offlineCredentials) => save({ offlineCredentials })}
      />
    </Section>
  );
}

function SecuritySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <Section id="security" keys={['idleLockMinutes', 'credentialsUnlock']}>
      <SelectField
        id="settings-idle-lock"
        label={t('settings.security.idleLock')}
        value={settings.idleLockMinutes}
        options={IDLE_MINUTES}
        optionLabel={(count) => t('settings.security.minutes', { count })}
        onChange={(idleLockMinutes) => save({ idleLockMinutes })}
      />
      <RadioGroup
        look="settings"
        name={GROUPS.unlock}
        legend={t('settings.security.unlock')}
        value={settings.credentialsUnlock}
        options={['password', 'os'] as const}
        optionLabel={(method) => t(`settings.security.unlockBy.${method}`)}
        onChange={(credentialsUnlock) => save({ credentialsUnlock })}
      />
    </Section>
  );
}

function AppearanceSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <Section id="appearance" keys={['theme']}>
      <RadioGroup
        look="settings"
        name={GROUPS.theme}
        legend={t('settings.appearance.theme')}
        value={settings.theme}
        options={THEMES}
        optionLabel={(theme) => t(`settings.appearance.themes.${theme}`)}
        onChange={(theme) => save({ theme })}
      />
    </Section>
  );
}

function ConnectionSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<ProviderProfileId>(settings.apiProfile);
  const [url, setUrl] = useState(settings.customApiUrl);
  const [urlError, setUrlError] = useState<string | undefined>();
  const changed =
    profile !== settings.apiProfile || (profile === 'custom' && url !== settings.customApiUrl);

  const apply = () => {
    if (!changed) return;
    if (profile !== 'custom') {
      save({ apiProfile: profile });
      return;
    }
    const check = checkApiUrl(url);
    if (!check.ok) {
      setUrlError(t(`settings.connection.urlProblem.${check.problem}`));
      return;
    }
    setUrl(check.url);
    save({ apiProfile: 'custom', customApiUrl: check.url });
  };

  return (
    <Section id="connection" keys={['apiProfile', 'customApiUrl']}>
      <p>{t('settings.connection.intro')}</p>
      <form
        className="form"
        noValidate
        aria-labelledby="settings-connection-title"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <RadioGroup
          look="settings"
          name={GROUPS.profile}
          legend={t('settings.connection.profile')}
          value={profile}
          options={PROVIDER_PROFILE_IDS}
          optionLabel={(id) => t(`settings.connection.profiles.${id}`)}
          onChange={(id) => {
            setProfile(id);
            setUrlError(undefined);
          }}
        />
        {profile === 'custom' ? (
          <TextField
            id="settings-api-url"
            type="url"
            label={t('settings.connection.url')}
            hint={t('settings.connection.urlHint')}
            value={url}
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            onValueChange={(value) => {
              setUrl(value);
              setUrlError(undefined);
            }}
            error={urlError}
          />
        ) : null}
        <p className="field__hint">{t('settings.connection.restart')}</p>
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={!changed || undefined}
          >
            {t('settings.connection.apply')}
          </button>
        </div>
      </form>
      <ConnectionCheck />
    </Section>
  );
}
