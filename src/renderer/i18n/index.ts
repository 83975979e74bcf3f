/** i18next set up for the renderer: German is the base and the fallback, English follows it. */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { de, en } from '../../shared/locales';

export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';

export const resources = { de: { translation: de }, en: { translation: en } } as const;

/** Narrow anything (a stored setting, i18n.language) to a supported language. */
export function toLanguage(value: unknown): Language {
  return LANGUAGES.includes(value as Language) ? (value as Language) : DEFAULT_LANGUAGE;
}

/** A ready i18next instance (synchronous: the locales are bundled). */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  const mirrorLang = (lng: string): void => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
  };
  mirrorLang(language);
  instance.on('languageChanged', mirrorLang);
  return instance;
}
