/**
 * The lock in front of revealed credentials. An unlock lasts at most five minutes and ends
 * earlier after `idleMinutes` without use; when it ends (by time, by relock or at sign-out)
 * the listener hears it once, so the core can forget secrets and tell the renderer.
 */
import type { Clock } from '../ports';

export const UNLOCK_MS = 5 * 60_000;

/** How the person proved it is them: the server's step-up, or only a local check. */
export type UnlockVia = 'step-up' | 'local';

export interface CredentialLockOptions {
  clock: Clock;
  /** settings.idleLockMinutes, read at every use so a changed setting counts at once */
  idleMinutes: () => number;
  /** the unlock ended or began */
  onChange: () => void;
}

export class CredentialLock {
  private unlockedAt: number | null = null;
  private lastUse = 0;
  private via: UnlockVia | null = null;
  private timer: unknown = null;

  constructor(private readonly options: CredentialLockOptions) {}

  /** Until when revealing is allowed (ms since the epoch), or null while locked. */
  unlockedUntil(): number | null {
    if (this.unlockedAt === null) return null;
    const until = Math.min(
      this.unlockedAt + UNLOCK_MS,
      this.lastUse + this.options.idleMinutes() * 60_000,
    );
    return until > this.options.clock.now() ? until : null;
  }

  isUnlocked(): boolean {
    return this.unlockedUntil() !== null;
  }

  /** 'step-up' while unlocked by the server's step-up (fresh credentials may be fetched). */
  unlockedVia(): UnlockVia | null {
    return this.isUnlocked() ? this.via : null;
  }

  unlock(via: UnlockVia): void {
    const now = this.options.clock.now();
    this.unlockedAt = now;
    this.lastUse = now;
    this.via = via;
    this.arm();
    this.options.onChange();
  }

  /** A use of the unlocked credentials: the idle time starts again. False while locked. */
  touch(): boolean {
    if (!this.isUnlocked()) {
      this.expire();
      return false;
    }
    this.lastUse = this.options.clock.now();
    this.arm();
    return true;
  }

  relock(): void {
    const was = this.unlockedAt !== null;
    this.unlockedAt = null;
    this.via = null;
    this.disarm();
    if (was) this.options.onChange();
  }

  /** The app quits: no timer left behind, no event. */
  stop(): void {
    this.unlockedAt = null;
    this.via = null;
    this.disarm();
  }

  /** One timer for the moment the unlock runs out; each use moves it. */
  private arm(): void {
    this.disarm();
    const until = this.unlockedUntil();
    if (until === null) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      this.expire();
    }, until - this.options.clock.now());
  }

  /** Locks when the time is up; a shortened idle setting may have ended it already. */
  private expire(): void {
    if (this.unlockedAt !== null && !this.isUnlocked()) this.relock();
    else if (this.unlockedAt !== null) this.arm();
  }

  private disarm(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
