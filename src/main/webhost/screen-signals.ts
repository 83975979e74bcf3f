/**
 * The web host's ScreenSignals. A browser tab learns nothing of the machine's screen lock or
 * idle time, so the app lock there follows what the test endpoint (/__kc/screen) reports, as
 * the Electron shell follows powerMonitor: the same core code, driven end to end.
 */
import type { AwaySignal, ScreenSignals } from '../core/ports';

export interface WebHostScreenSignals extends ScreenSignals {
  /** the OS said the person left (as powerMonitor's lock-screen / suspend) */
  away(why: AwaySignal): void;
  /** the machine's idle time from now on (as powerMonitor.getSystemIdleTime) */
  setIdleSeconds(seconds: number | null): void;
}

export function createWebHostScreenSignals(): WebHostScreenSignals {
  const listeners = new Set<(why: AwaySignal) => void>();
  let idle: number | null = null;
  return {
    onAway(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idleSeconds: () => idle,
    away(why) {
      for (const listener of [...listeners]) listener(why);
    },
    setIdleSeconds(seconds) {
      idle = seconds;
    },
  };
}

/** The body of a /__kc/screen request, checked: {"away": "screen-locked"} or {"idleSeconds": 600}. */
export function screenReport(
  body: unknown,
): { away: AwaySignal } | { idleSeconds: number | null } | null {
  if (!body || typeof body !== 'object') return null;
  const { away, idleSeconds } = body as { away?: unknown; idleSeconds?: unknown };
  if (away === 'screen-locked' || away === 'suspended') return { away };
  if (idleSeconds === null) return { idleSeconds: null };
  if (typeof idleSeconds === 'number' && Number.isInteger(idleSeconds) && idleSeconds >= 0) {
    return { idleSeconds };
  }
  return null;
}
