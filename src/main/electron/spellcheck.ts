/**
 * The spell checker follows the app's language, not the OS's: a German UI underlines English
 * words otherwise. On macOS the OS's own checker decides the language by itself (Electron
 * ignores the list there), so nothing is set.
 */
import type { Session } from 'electron';
import type { Language } from '../../shared/domain';
import type { Logger } from '../core/app-core-types';

const DICTIONARIES: Record<Language, readonly string[]> = {
  de: ['de-DE', 'de'],
  en: ['en-US', 'en-GB', 'en'],
};

export function applySpellCheckLanguage(
  session: Pick<Session, 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'>,
  language: Language,
  platform: NodeJS.Platform,
  log?: Logger,
): string | null {
  if (platform === 'darwin') return null;
  const available = new Set(session.availableSpellCheckerLanguages);
  const chosen = DICTIONARIES[language].find((code) => available.has(code)) ?? null;
  if (!chosen) {
    log?.warn('spellcheck: no dictionary for the language', { language });
    return null;
  }
  session.setSpellCheckerLanguages([chosen]);
  return chosen;
}
