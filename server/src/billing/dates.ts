/**
 * Calendar dates (`YYYY-MM-DD`) for billing. The provider is German: "today" and every issue
 * and due date are dates in Europe/Berlin, whatever the server's own time zone is.
 */

const BERLIN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Berlin calendar date at the instant `ms`. */
export function berlinDate(ms: number): string {
  return BERLIN.format(new Date(ms));
}

function parse(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Same day of month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month1 = (total % 12) + 1;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month1));
  return format(new Date(Date.UTC(year, month1 - 1, day)));
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}

export function lastOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month1 = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(daysInMonth(year, month1)).padStart(2, '0')}`;
}

/** `2026-03-05` → `05.03.2026`, as on German documents. */
export function germanDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** Midnight UTC of the date, e.g. for a document's fixed creation date. */
export function dateToUtc(date: string): Date {
  return parse(date);
}
