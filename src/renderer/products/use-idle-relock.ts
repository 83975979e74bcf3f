import { useEffect } from 'react';

/** what counts as the person still being there */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * While `active`, calls `relock` once `minutes` pass without any input in the window. Any key,
 * click, pointer move or scroll starts the wait again.
 */
export function useIdleRelock(active: boolean, minutes: number, relock: () => void): void {
  useEffect(() => {
    if (!active) return;
    const wait = minutes * 60_000;
    let timer = window.setTimeout(relock, wait);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(relock, wait);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
    };
  }, [active, minutes, relock]);
}
