/**
 * Copies a secret to the clipboard and clears it after a while, but only if the clipboard
 * still holds that secret: whatever the person copied meanwhile is theirs and stays.
 */
import type { Clipboard, Clock } from '../ports';
import type { Logger } from '../app-core-types';

export const CLEAR_AFTER_MS = 30_000;

export class ClipboardClearer {
  /** secrets copied and not yet checked, by their timer */
  private readonly pending = new Map<unknown, string>();

  constructor(
    private readonly clipboard: Clipboard,
    private readonly clock: Clock,
    private readonly log?: Logger,
  ) {}

  /** Puts `secret` on the clipboard; answers after how many seconds it is cleared. */
  copy(secret: string): number {
    this.clipboard.writeText(secret);
    const timer = this.clock.setTimeout(() => {
      this.pending.delete(timer);
      void this.clearIfStill(secret);
    }, CLEAR_AFTER_MS);
    this.pending.set(timer, secret);
    return CLEAR_AFTER_MS / 1000;
  }

  /** Sign-out or quit: a copied secret still on the clipboard goes now, not in 30 s. */
  async flush(): Promise<void> {
    const secrets = [...this.pending.entries()];
    this.pending.clear();
    for (const [timer] of secrets) this.clock.clearTimeout(timer);
    for (const [, secret] of secrets) await this.clearIfStill(secret);
  }

  private async clearIfStill(secret: string): Promise<void> {
    try {
      if ((await this.clipboard.readText()) === secret) this.clipboard.clear();
    } catch (error) {
      // unreadable: a password left behind is worse than losing the person's own copy
      this.clipboard.clear();
      this.log?.warn('clipboard: could not read it, cleared it to be safe', {
        reason: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
}
