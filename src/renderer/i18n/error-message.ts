/** Turns an AppError (or a field's error key) into the i18n key and values that describe it. */
import { formatTime, splitDuration } from '../format';

export interface ErrorLike {
  messageKey: string;
  retryAfter?: number;
  /** epoch ms when the error arrived; the retry time counts from here */
  receivedAt?: number;
}

export interface MessageSpec {
  key: string;
  values?: Record<string, string | number>;
  /** a second sentence, e.g. when a retry is possible again */
  then?: { key: string; values: Record<string, string | number> };
}

const FALLBACK = 'errors.unknown';
const LOCKED = 'errors.account_locked';

/**
 * Which message to show. Unknown keys fall back to errors.unknown; a retryAfter becomes the
 * wait (minutes, seconds) and the clock time from which a retry may succeed.
 */
export function errorMessageSpec(
  error: ErrorLike | string,
  language: string,
  exists: (key: string) => boolean,
  timeZone?: string,
): MessageSpec {
  const e: ErrorLike = typeof error === 'string' ? { messageKey: error } : error;
  const key = e.messageKey.startsWith('errors.') && exists(e.messageKey) ? e.messageKey : FALLBACK;
  if (e.retryAfter === undefined || !Number.isFinite(e.retryAfter)) {
    return { key: key === LOCKED ? `${LOCKED}_later` : key };
  }
  const retryAt = new Date((e.receivedAt ?? Date.now()) + e.retryAfter * 1000).toISOString();
  const values = { ...splitDuration(e.retryAfter), time: formatTime(retryAt, language, timeZone) };
  if (key === LOCKED) return { key, values };
  return { key, then: { key: 'errors.retry_at', values } };
}
