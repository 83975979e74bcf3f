/** Dates, times, money, countries and phone numbers, through Intl (and libphonenumber) in the UI language. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Language } from '../shared/domain';

// English dates day-month-year (en-GB): the US form 12/03/2026 reads as 12 March to most of our customers
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** The BCP 47 locale used to format for a UI language. */
export function localeOf(lang: string): string {
  return LOCALES[lang as Language] ?? LOCALES.de;
}

/** de "25.11.2026, 14:03", en "25/11/2026, 14:03". */
export function formatDateTime(iso: string, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** de "14:03", en "14:03". */
export function formatTime(iso: string, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/**
 * One formatter per kind and locale: building an Intl formatter costs far more than using it,
 * and a list re-renders dozens of amounts and dates per keystroke. (Only formatters that do
 * not depend on the machine's time zone are kept.)
 */
function cachedFormatter<F>(make: (locale: string) => F): (lang: string) => F {
  const byLocale = new Map<string, F>();
  return (lang) => {
    const locale = localeOf(lang);
    let formatter = byLocale.get(locale);
    if (formatter === undefined) {
      formatter = make(locale);
      byLocale.set(locale, formatter);
    }
    return formatter;
  };
}

const moneyFormat = cachedFormatter(
  (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
);

/** Euro amounts from integer cents: de "1.234,50 €", en "€1,234.50". */
export function formatMoney(cents: number, lang: string): string {
  return moneyFormat(lang).format(cents / 100);
}

/** A calendar date's parts; 'YYYY-MM-DD' read as that day wherever the clock is. */
function utcDay(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const dateFormat = cachedFormatter(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    }),
);

/** A calendar date ("2026-11-25"): de "25.11.2026", en "25/11/2026". */
export function formatDate(isoDate: string, lang: string): string {
  return dateFormat(lang).format(utcDay(isoDate));
}

const monthFormat = cachedFormatter(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** The month of a calendar date: de "Dezember 2026", en "December 2026". */
export function formatMonth(isoDate: string, lang: string): string {
  return monthFormat(lang).format(utcDay(isoDate));
}

/** A period of days as the locale writes a range: de "01.–30.11.2026", en "01/11/2026 – 30/11/2026". */
export function formatPeriod(startDate: string, endDate: string, lang: string): string {
  if (startDate === endDate) return formatDate(startDate, lang);
  return dateFormat(lang).formatRange(utcDay(startDate), utcDay(endDate));
}

const percentFormat = cachedFormatter(
  (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
);

/** A VAT rate given in percent: de "19 %", en "19%". */
export function formatPercent(percent: number, lang: string): string {
  return percentFormat(lang).format(percent / 100);
}

const numberFormat = cachedFormatter((locale) => new Intl.NumberFormat(locale));

/** A whole number with the locale's grouping: de "10.000", en "10,000". */
export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang).format(value);
}

/** A country's name from its ISO 3166-1 alpha-2 code ("DE" → "Deutschland" / "Germany"). */
export function formatCountry(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A phone number stored as E.164 ("+493012345678") as people write it: "+49 30 12345678".
 * International form in both languages (the customers call from more than one country);
 * anything libphonenumber cannot read is shown as stored.
 */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Whole minutes and remaining seconds of a wait, for "try again in 4 min 30 s". */
export function splitDuration(totalSeconds: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.ceil(totalSeconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
