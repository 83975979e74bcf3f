/** A clock for unit tests: time moves only when the test says, timers fire in order. */
import type { Clock } from '../ports';

export interface FakeClock extends Clock {
  /** moves time on by `ms`, firing every timer that falls due on the way */
  advance(ms: number): Promise<void>;
  pending(): number;
}

export function createFakeClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        // let promise chains started by the timer run before the next one fires
        for (let i = 0; i < 10; i++) await Promise.resolve();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}
