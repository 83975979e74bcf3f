import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronOnlineSignals } from './online-signals';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

describe('online signals', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signals on resume and when the network comes back, and stops when unsubscribed', () => {
    const powerMonitor = new EventEmitter();
    let online = false;
    const signals = createElectronOnlineSignals({
      powerMonitor: powerMonitor as unknown as PowerMonitor,
      isOnline: () => online,
      pollMs: 1000,
    });
    const listener = vi.fn();
    const off = signals.onMaybeOnline(listener);

    powerMonitor.emit('resume');
    expect(listener).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(3000);
    expect(listener).toHaveBeenCalledTimes(1);
    online = true;
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(listener).toHaveBeenCalledTimes(2);

    off();
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    online = false;
    vi.advanceTimersByTime(1000);
    online = true;
    vi.advanceTimersByTime(1000);
    powerMonitor.emit('resume');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
