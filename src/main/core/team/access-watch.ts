/**
 * Notices when what the signed-in user may see has changed (rights, owner, verification):
 * then the sync asks every resource anew, so what is now allowed arrives and what is no
 * longer allowed is refused and dropped from the cache. The state last acted on is kept in
 * the cache, so a change made while the app was closed is noticed at the next start too.
 */
import type { Me } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import { ME } from './team-resources';

const SEEN = 'me-access-seen';

/** What decides access in who-I-am; anything else (the name) changes nothing. */
export function accessOf(me: Me): string {
  return JSON.stringify([
    me.customer.customerId,
    me.customer.owner,
    [...me.rights].sort(),
    me.verificationStatus,
  ]);
}

export interface AccessWatch {
  /** after a sync pass */
  afterPass(changed: ReadonlySet<string>): void;
  /** after a write that may have changed who-I-am (one's own rights) */
  check(): Promise<void>;
}

export function createAccessWatch(ctx: FeatureContext): AccessWatch {
  // one check at a time: two passes in a row must not both recheck
  let queue: Promise<void> = Promise.resolve();

  async function compare(): Promise<void> {
    const live = ctx.live();
    const me = await live?.sync.read<Me>(ME);
    if (!live || !me) return;
    const now = accessOf(me.data);
    const seen = await live.cache.getJson<string>(SEEN);
    if (seen === now) return;
    await live.cache.putJson(SEEN, now);
    // the first who-I-am of this cache is the baseline, not a change
    if (seen !== undefined) live.sync.recheckAccess();
  }

  const check = (): Promise<void> => {
    queue = queue.then(compare).catch((error: unknown) => {
      ctx.options.log?.warn('team: access check failed', { error: String(error) });
    });
    return queue;
  };

  return {
    afterPass(changed) {
      if (changed.has(ME)) void check();
    },
    check,
  };
}
