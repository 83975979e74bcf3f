/** The OnlineSignals port: resume from sleep, and the network coming back. */
import type { PowerMonitor } from 'electron';
import type { OnlineSignals } from '../core/ports';

export interface ElectronOnlineSignalsOptions {
  powerMonitor: Pick<PowerMonitor, 'on' | 'off'>;
  /** `net.isOnline()`; main has no online event, so we poll it */
  isOnline: () => boolean;
  pollMs?: number;
}

export function createElectronOnlineSignals(options: ElectronOnlineSignalsOptions): OnlineSignals {
  const listeners = new Set<() => void>();
  const pollMs = options.pollMs ?? 5_000;
  let timer: NodeJS.Timeout | null = null;
  let wasOnline = true;

  const fire = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const poll = (): void => {
    const online = options.isOnline();
    if (online && !wasOnline) fire();
    wasOnline = online;
  };

  const start = (): void => {
    wasOnline = options.isOnline();
    options.powerMonitor.on('resume', fire);
    timer = setInterval(poll, pollMs);
    timer.unref();
  };
  const stop = (): void => {
    options.powerMonitor.off('resume', fire);
    if (timer) clearInterval(timer);
    timer = null;
  };

  return {
    onMaybeOnline(listener) {
      if (listeners.size === 0) start();
      listeners.add(listener);
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) stop();
      };
    },
  };
}
