/** When a domain's registration ends, relative to today: soon-expiring ones stand out. */
import { EXPIRING_SOON_DAYS } from '../../shared/domains/types';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of `now` in the local time zone */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `today` to `expiresAt` (both YYYY-MM-DD); negative once expired. */
export function daysUntil(expiresAt: string, today: string): number {
  return Math.round(
    (Date.parse(`${expiresAt}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
}

/** Whether the domain ends within EXPIRING_SOON_DAYS (and has not ended yet). */
export function expiresSoon(expiresAt: string, today: string): boolean {
  const days = daysUntil(expiresAt, today);
  return days >= 0 && days <= EXPIRING_SOON_DAYS;
}
