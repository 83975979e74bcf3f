import { describe, expect, it } from 'vitest';
import { errorMessageSpec } from './error-message';

const known = new Set([
  'errors.account_locked',
  'errors.wrong_password',
  'errors.rate_limited',
  'errors.unknown',
]);
const exists = (key: string) => known.has(key);
const receivedAt = Date.parse('2026-11-25T14:00:00Z');

describe('errorMessageSpec', () => {
  it('uses the messageKey main sent', () => {
    expect(errorMessageSpec({ messageKey: 'errors.wrong_password' }, 'de', exists)).toEqual({
      key: 'errors.wrong_password',
    });
  });

  it('falls back to errors.unknown for keys it does not know', () => {
    expect(errorMessageSpec({ messageKey: 'errors.brand_new' }, 'de', exists).key).toBe(
      'errors.unknown',
    );
    expect(errorMessageSpec('login.title', 'de', () => true).key).toBe('errors.unknown');
  });

  it('tells a locked user the wait and the time to try again', () => {
    const spec = errorMessageSpec(
      { messageKey: 'errors.account_locked', retryAfter: 330, receivedAt },
      'de',
      exists,
      'Europe/Berlin',
    );
    expect(spec).toEqual({
      key: 'errors.account_locked',
      values: { minutes: 5, seconds: 30, time: '15:05' },
    });
  });

  it('says "later" when a lock comes without retryAfter', () => {
    expect(errorMessageSpec({ messageKey: 'errors.account_locked' }, 'de', exists).key).toBe(
      'errors.account_locked_later',
    );
  });

  it('adds when to retry to other errors with retryAfter', () => {
    const spec = errorMessageSpec(
      { messageKey: 'errors.rate_limited', retryAfter: 60, receivedAt },
      'de',
      exists,
      'UTC',
    );
    expect(spec.key).toBe('errors.rate_limited');
    expect(spec.then).toEqual({
      key: 'errors.retry_at',
      values: { minutes: 1, seconds: 0, time: '14:01' },
    });
  });
});
