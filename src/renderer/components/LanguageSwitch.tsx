import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../app/language';
import { LANGUAGES, toLanguage } from '../i18n';

/** Deutsch / English; main remembers the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label className="language-switch__label" htmlFor="language-select">
        {t('language.label')}
      </label>
      <select
        id="language-select"
        className="language-switch__select"
        value={toLanguage(i18n.language)}
        onChange={(event) => void changeLanguage(i18n, toLanguage(event.target.value))}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
