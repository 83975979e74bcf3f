/** Dates, times, money and countries, always through Intl in the UI language. */
import type { Language } from '../shared/domain';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-US' };

/** The BCP 47 locale used to format for a UI language. */
export function localeOf(lang: string): string {
  return LOCALES[lang as Language] ?? LOCALES.de;
}

// German writes 09:05, American English 9:05 AM
const HOUR: Record<Language, '2-digit' | 'numeric'> = { de: '2-digit', en: 'numeric' };

function hourOf(lang: string): '2-digit' | 'numeric' {
  return HOUR[lang as Language] ?? HOUR.de;
}

/** de "25.11.2026, 14:03", en "11/25/2026, 2:03 PM". */
export function formatDateTime(iso: string, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: hourOf(lang),
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** de "14:03", en "2:03 PM". */
export function formatTime(iso: string, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    hour: hourOf(lang),
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** Euro amounts from integer cents: de "1.234,50 €", en "€1,234.50". */
export function formatMoney(cents: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** A country's name from its ISO 3166-1 alpha-2 code ("DE" → "Deutschland" / "Germany"). */
export function formatCountry(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whole minutes and remaining seconds of a wait, for "try again in 4 min 30 s". */
export function splitDuration(totalSeconds: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.ceil(totalSeconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
