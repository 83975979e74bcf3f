/**
 * The earliest end date of a contract: ONE pure rule, used by the server (cancellation options
 * and checking a cancellation) and by the renderer (the live preview in the cancellation flow),
 * so both always agree.
 *
 * Dates are `YYYY-MM-DD` strings, computed as UTC calendar days (no time zone can shift them).
 *
 * - Term ends: E_n is the end of the n-th period counted from the start date, where the first
 *   period is the minimum term and every further one a renewal period; so E_n is the end of a
 *   period of `minimumTermMonths + (n - 1) × renewalPeriodMonths` months from `startDate`.
 *   Always counted from the start (not from the previous end), so a contract started on the
 *   31st keeps its rhythm through short months.
 * - The end of a period of m months from S (§188 Abs. 2, 3 BGB): the day before the same day of
 *   the month m months later; if that day does not exist in the target month, the target
 *   month's last day (2024-03-15 + 12 → 2025-03-14; 2024-01-31 + 1 → 2024-02-29).
 * - The notice deadline of a term end E: E minus the notice period (days: calendar days;
 *   months: the same day m months earlier, the month's last day when it does not exist).
 * - The earliest end date as of `today`: the first E_n with today <= deadline(E_n). Cancelling
 *   on the deadline itself is in time; one day later reaches the next term end.
 */
import type { ContractTerms, NoticePeriod } from './types';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parse(day: string): Ymd {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`no such day: ${day}`);
  }
  return { y, m, d };
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** true for an existing calendar day written `YYYY-MM-DD` */
export function isDay(value: string): boolean {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/** `day` plus (or minus) whole calendar days */
export function addDays(day: string, days: number): string {
  const { y, m, d } = parse(day);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return format({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** The same day of the month `months` later (or earlier), or that month's last day. */
export function addMonthsClamped(day: string, months: number): string {
  const { y, m, d } = parse(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/** The last day of a period of `months` months beginning on `start` (§188 BGB). */
export function periodEnd(start: string, months: number): string {
  const { y, m, d } = parse(start);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const last = daysInMonth(ty, tm);
  // the same day-of-month does not exist there: the period ends on the month's last day
  if (d > last) return format({ y: ty, m: tm, d: last });
  return addDays(format({ y: ty, m: tm, d }), -1);
}

/** The last day on which a cancellation reaches the term end `endDate`. */
export function noticeDeadline(endDate: string, notice: NoticePeriod): string {
  return notice.unit === 'days'
    ? addDays(endDate, -notice.amount)
    : addMonthsClamped(endDate, -notice.amount);
}

function checkTerms(terms: ContractTerms): void {
  parse(terms.startDate);
  if (!Number.isInteger(terms.minimumTermMonths) || terms.minimumTermMonths < 1) {
    throw new RangeError('minimumTermMonths must be a whole number of at least 1');
  }
  if (!Number.isInteger(terms.renewalPeriodMonths) || terms.renewalPeriodMonths < 1) {
    throw new RangeError('renewalPeriodMonths must be a whole number of at least 1');
  }
  if (!Number.isInteger(terms.noticePeriod.amount) || terms.noticePeriod.amount < 0) {
    throw new RangeError('the notice period must be a whole number, not negative');
  }
}

/** E_n for n = 1, 2, …: the end of the minimum term, then of every renewal period. */
function termEnd(terms: ContractTerms, n: number): string {
  return periodEnd(terms.startDate, terms.minimumTermMonths + (n - 1) * terms.renewalPeriodMonths);
}

/** The first n (>= 1) whose term end is on or after `day`. */
function firstTermIndexFrom(terms: ContractTerms, day: string): number {
  // jump close by whole renewal periods, then step (a period is at least 28 days)
  const start = parse(terms.startDate);
  const target = parse(day);
  const monthsApart = (target.y - start.y) * 12 + (target.m - start.m);
  let n = Math.max(
    1,
    Math.floor((monthsApart - terms.minimumTermMonths) / terms.renewalPeriodMonths) - 1,
  );
  while (n > 1 && termEnd(terms, n - 1) >= day) n -= 1;
  while (termEnd(terms, n) < day) n += 1;
  return n;
}

/**
 * The regular term ends, in order: `count` of them, the first on or after `from` (default: from
 * the first term end). The renderer offers these as the later end dates to choose from.
 */
export function termEnds(terms: ContractTerms, options: { from?: string; count?: number } = {}) {
  checkTerms(terms);
  const count = options.count ?? 12;
  const first = options.from === undefined ? 1 : firstTermIndexFrom(terms, options.from);
  return Array.from({ length: count }, (_, i) => termEnd(terms, first + i));
}

/** true when `date` is one of the contract's regular term ends */
export function isRegularEndDate(terms: ContractTerms, date: string): boolean {
  checkTerms(terms);
  if (!isDay(date)) return false;
  return termEnd(terms, firstTermIndexFrom(terms, date)) === date;
}

/**
 * The earliest day an ordinary cancellation sent on `today` ends the contract, and the last day
 * it can be sent to reach that end date.
 */
export function earliestEndDate(
  terms: ContractTerms,
  today: string,
): { endDate: string; noticeDeadline: string } {
  checkTerms(terms);
  parse(today);
  // deadlines only move forward with n, and deadline(E_n) <= E_n: start at the first E_n >= today
  let n = firstTermIndexFrom(terms, today);
  for (;;) {
    const endDate = termEnd(terms, n);
    const deadline = noticeDeadline(endDate, terms.noticePeriod);
    if (today <= deadline) return { endDate, noticeDeadline: deadline };
    n += 1;
  }
}
