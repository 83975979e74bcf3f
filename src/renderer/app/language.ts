/** The UI language: read from settings at start, changed here and remembered by main. */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../shared/domain';
import { DEFAULT_LANGUAGE, toLanguage } from '../i18n';
import { call } from '../ipc';

/** The language main remembers, or German when it cannot say. */
export async function loadLanguage(): Promise<Language> {
  try {
    return toLanguage((await call('settings:get')).language);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Switch the UI now and ask main to remember it (the switch stands even if that fails). */
export async function changeLanguage(i18n: I18n, language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    await call('settings:set', { language });
  } catch {
    // not remembered for the next start; nothing the user can do about it here
  }
}
