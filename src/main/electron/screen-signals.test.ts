import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronScreenSignals } from './screen-signals';

vi.mock('electron', () => ({}));

function powerMonitor(idle = 0) {
  return Object.assign(new EventEmitter(), { getSystemIdleTime: () => idle }) as unknown as Pick<
    PowerMonitor,
    'on' | 'off' | 'getSystemIdleTime'
  > &
    EventEmitter;
}

describe('the screen signals of the shell', () => {
  it('names a locked screen and sleep, and stops listening with the last listener', () => {
    const monitor = powerMonitor();
    const signals = createElectronScreenSignals(monitor);
    const heard: string[] = [];
    const off = signals.onAway((why) => heard.push(why));
    monitor.emit('lock-screen');
    monitor.emit('suspend');
    expect(heard).toEqual(['screen-locked', 'suspended']);
    off();
    expect(monitor.listenerCount('lock-screen')).toBe(0);
    expect(monitor.listenerCount('suspend')).toBe(0);
    monitor.emit('lock-screen');
    expect(heard).toHaveLength(2);
  });

  it('reads the machine idle time from powerMonitor', () => {
    expect(createElectronScreenSignals(powerMonitor(420)).idleSeconds()).toBe(420);
  });
});
