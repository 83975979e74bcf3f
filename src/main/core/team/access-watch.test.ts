// Who-I-am changing: only a change of what the user may see makes the sync ask everything
// anew, and the first who-I-am of a cache is the baseline.
import { describe, expect, it } from 'vitest';
import type { Me, Right } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import { createAccessWatch } from './access-watch';

const me = (rights: Right[], name = 'Jonas Weber'): Me => ({
  userId: 'u2',
  email: 'jonas.weber@example.de',
  name,
  customer: { customerId: 'c1', customerNumber: 'K-100234', displayName: 'Muster', owner: false },
  rights,
  memberships: [],
  verificationStatus: 'verified',
});

function setup() {
  let current: Me | null = null;
  let rechecks = 0;
  const stored = new Map<string, unknown>();
  const live = {
    sync: {
      read: () => Promise.resolve(current && { data: current, syncedAt: 'now' }),
      recheckAccess: () => void rechecks++,
    },
    cache: {
      getJson: (name: string) => Promise.resolve(stored.get(name)),
      putJson: (name: string, value: unknown) => Promise.resolve(void stored.set(name, value)),
    },
  };
  const watch = createAccessWatch({ options: {}, live: () => live } as unknown as FeatureContext);
  return {
    watch,
    set: (next: Me) => (current = next),
    rechecks: () => rechecks,
  };
}

describe('access watch', () => {
  it('takes the first who-I-am as the baseline', async () => {
    const { watch, set, rechecks } = setup();
    set(me(['contacts', 'domains']));
    await watch.check();
    expect(rechecks()).toBe(0);
  });

  it('ignores a new name, but rechecks once when the rights change', async () => {
    const { watch, set, rechecks } = setup();
    set(me(['contacts', 'domains']));
    await watch.check();
    set(me(['domains', 'contacts'], 'Jonas W.'));
    await watch.check();
    expect(rechecks()).toBe(0);
    set(me(['contacts', 'domains', 'invoices']));
    await watch.check();
    await watch.check();
    expect(rechecks()).toBe(1);
  });
});
