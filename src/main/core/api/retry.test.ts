import { describe, expect, it } from 'vitest';
import { parseRetryAfter, errorFromResponse } from './api-error';
import { defaultRetryPolicy, isRetryable, retryDelayMs } from './retry';

describe('retry policy', () => {
  it('retries only reads, and only on unreachable, 429 and 502–504', () => {
    expect(isRetryable('GET', 0)).toBe(true);
    expect(isRetryable('GET', 503)).toBe(true);
    expect(isRetryable('GET', 429)).toBe(true);
    expect(isRetryable('GET', 500)).toBe(false);
    expect(isRetryable('GET', 404)).toBe(false);
    expect(isRetryable('POST', 0)).toBe(false);
    expect(isRetryable('PUT', 503)).toBe(false);
  });

  it('waits a full-jitter random share of a growing, capped window', () => {
    const p = { ...defaultRetryPolicy, baseMs: 100, capMs: 1000, retries: 10 };
    expect(retryDelayMs(0, p, undefined, () => 0.999)).toBe(99);
    expect(retryDelayMs(3, p, undefined, () => 0.5)).toBe(400);
    expect(retryDelayMs(8, p, undefined, () => 0.5)).toBe(500); // capped at 1000
    expect(retryDelayMs(2, p, undefined, () => 0)).toBe(0);
    expect(retryDelayMs(10, p, undefined, () => 0.5)).toBeNull();
  });

  it('honours Retry-After, but gives up when it is longer than we wait', () => {
    expect(retryDelayMs(0, defaultRetryPolicy, 2)).toBe(2000);
    expect(retryDelayMs(0, defaultRetryPolicy, 600)).toBeNull();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('maps problem+json to a code, keeps field errors, and never trusts odd codes', () => {
    const e = errorFromResponse(
      422,
      { code: 'weak_password', errors: [{ field: '/password', code: 'weak_password' }] },
      undefined,
      0,
    );
    expect(e.code).toBe('weak_password');
    expect(e.fields).toEqual({ password: 'weak_password' });
    expect(errorFromResponse(500, '<html>', undefined, 0).code).toBe('server_error');
    expect(errorFromResponse(400, { code: 'DROP TABLE' }, undefined, 0).code).toBe('unknown');
    expect(errorFromResponse(423, { code: 'account_locked' }, '30', 0).retryAfter).toBe(30);
  });
});
