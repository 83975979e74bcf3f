import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, lockRemainingSeconds, lockSeconds, UNLOCKED } from './lockout';

describe('lockout schedule', () => {
  it('does not lock before the fifth consecutive failure', () => {
    expect([0, 1, 2, 3, 4].map(lockSeconds)).toEqual([0, 0, 0, 0, 0]);
  });

  it('locks 30 s at the fifth failure and doubles with each further one, up to 1 h', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12].map(lockSeconds)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600,
    ]);
    expect(lockSeconds(13)).toBe(3600);
    expect(lockSeconds(10_000)).toBe(3600);
  });

  it('tracks state through failures and resets on success', () => {
    const t0 = 1_000_000;
    let s = UNLOCKED;
    for (let i = 0; i < 4; i++) s = afterFailure(s, t0);
    expect(s).toEqual({ failedAttempts: 4, lockedUntil: null });
    expect(lockRemainingSeconds(s, t0)).toBe(0);
    s = afterFailure(s, t0);
    expect(s.lockedUntil).toBe(t0 + 30_000);
    expect(lockRemainingSeconds(s, t0)).toBe(30);
    expect(lockRemainingSeconds(s, t0 + 29_001)).toBe(1);
    expect(lockRemainingSeconds(s, t0 + 30_000)).toBe(0);
    s = afterFailure(s, t0 + 31_000);
    expect(lockRemainingSeconds(s, t0 + 31_000)).toBe(60);
    expect(afterSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
