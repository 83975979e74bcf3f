// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleRelock } from './use-idle-relock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('idle relock', () => {
  it('locks after the idle minutes without input, and input starts the wait again', () => {
    const relock = vi.fn();
    renderHook(() => useIdleRelock(true, 2, relock));
    vi.advanceTimersByTime(90_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(90_000);
    expect(relock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(relock).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the screen is locked or gone', () => {
    const relock = vi.fn();
    const { rerender, unmount } = renderHook(({ active }) => useIdleRelock(active, 1, relock), {
      initialProps: { active: false },
    });
    vi.advanceTimersByTime(120_000);
    rerender({ active: true });
    unmount();
    vi.advanceTimersByTime(120_000);
    expect(relock).not.toHaveBeenCalled();
  });
});
