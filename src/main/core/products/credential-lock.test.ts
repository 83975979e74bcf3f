import { describe, expect, it, vi } from 'vitest';
import { CredentialLock, UNLOCK_MS } from './credential-lock';
import { createFakeClock } from './fake-clock';

const MINUTE = 60_000;

function setup(idleMinutes = 5) {
  const clock = createFakeClock();
  const settings = { idleMinutes };
  const onChange = vi.fn();
  const lock = new CredentialLock({ clock, idleMinutes: () => settings.idleMinutes, onChange });
  return { clock, settings, onChange, lock };
}

describe('credential lock', () => {
  it('starts locked and stays unlocked for five minutes at most, even while in use', async () => {
    const { clock, lock, onChange } = setup(5);
    expect(lock.isUnlocked()).toBe(false);
    lock.unlock('step-up');
    expect(lock.unlockedUntil()).toBe(clock.now() + UNLOCK_MS);
    expect(lock.unlockedVia()).toBe('step-up');
    for (let i = 0; i < 4; i++) {
      await clock.advance(MINUTE);
      expect(lock.touch()).toBe(true);
    }
    await clock.advance(MINUTE);
    expect(lock.isUnlocked()).toBe(false);
    expect(lock.unlockedVia()).toBeNull();
    // unlocked, then locked by time: the renderer hears both
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('locks after the idle time without use, earlier than five minutes', async () => {
    const { clock, lock, onChange } = setup(2);
    lock.unlock('local');
    await clock.advance(MINUTE);
    lock.touch();
    await clock.advance(2 * MINUTE - 1);
    expect(lock.isUnlocked()).toBe(true);
    await clock.advance(1);
    expect(lock.isUnlocked()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(lock.touch()).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('follows a shortened idle setting at once', async () => {
    const { clock, lock, settings } = setup(5);
    lock.unlock('step-up');
    await clock.advance(90_000);
    settings.idleMinutes = 1;
    expect(lock.isUnlocked()).toBe(false);
    expect(lock.touch()).toBe(false);
  });

  it('relocks on demand (sign-out, the renderer idle) and tells once', () => {
    const { lock, onChange, clock } = setup();
    lock.unlock('step-up');
    lock.relock();
    lock.relock();
    expect(lock.isUnlocked()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(clock.pending()).toBe(0);
  });
});
