/** The ScreenSignals port: powerMonitor's screen lock and sleep, and the machine's idle time. */
import type { PowerMonitor } from 'electron';
import type { AwaySignal, ScreenSignals } from '../core/ports';

export function createElectronScreenSignals(
  powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime'>,
): ScreenSignals {
  const listeners = new Set<(why: AwaySignal) => void>();
  const fire = (why: AwaySignal) => () => {
    for (const listener of [...listeners]) listener(why);
  };
  const onLock = fire('screen-locked');
  const onSuspend = fire('suspended');
  return {
    onAway(listener) {
      if (listeners.size === 0) {
        // lock-screen: macOS and Windows; Linux desktops do not tell, sleep does everywhere
        powerMonitor.on('lock-screen', onLock);
        powerMonitor.on('suspend', onSuspend);
      }
      listeners.add(listener);
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) {
          powerMonitor.off('lock-screen', onLock);
          powerMonitor.off('suspend', onSuspend);
        }
      };
    },
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
  };
}
