/** How contract terms read in the UI language (the texts live in products.terms.*). */
import type { TFunction } from 'i18next';
import type { NoticePeriod } from '../../shared/products/types';
import { formatMoney } from '../format';

/** "12 Monate" / "1 Monat". */
export function formatMonths(t: TFunction, count: number): string {
  return t('products.terms.months', { count });
}

/** "1 Monat" / "14 Tage". */
export function formatNotice(t: TFunction, notice: NoticePeriod): string {
  return notice.unit === 'days'
    ? t('products.terms.days', { count: notice.amount })
    : t('products.terms.months', { count: notice.amount });
}

/** "9,99 € pro Monat" / "119,88 € alle 12 Monate". */
export function formatPrice(
  t: TFunction,
  cents: number,
  billingCycleMonths: number,
  lang: string,
): string {
  return t('products.terms.pricePer', {
    count: billingCycleMonths,
    price: formatMoney(cents, lang),
  });
}

/** Today's calendar date where the person is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
