import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain';
import type { Notice } from '../../../shared/notices/types';
import type { Notification } from '../ports';
import { createMemoryCache } from '../store/memory-cache';
import { createNoticeNotifier } from './notice-notifier';

const notice = (id: string, patch: Partial<Notice> = {}): Notice => ({
  id,
  kind: 'incident',
  state: 'active',
  title: { de: `Störung ${id}`, en: `Incident ${id}` },
  body: { de: '', en: '' },
  startsAt: '2026-11-25T13:05:00.000Z',
  endsAt: null,
  general: false,
  contractIds: ['V-1'],
  updatedAt: '2026-11-25T13:05:00.000Z',
  ...patch,
});

function setup() {
  const cache = createMemoryCache();
  const shown: Notification[] = [];
  const state = { list: null as Notice[] | null, enabled: true, language: 'de' as Language };
  const make = () =>
    createNoticeNotifier({
      cache,
      list: () => Promise.resolve(state.list),
      enabled: () => state.enabled,
      language: () => state.language,
      show: (n) => shown.push(n),
    });
  return { shown, state, make };
}

describe('the notice notifier', () => {
  it('takes note of the history at the first look, then tells a new notice once, also after a restart', async () => {
    const t = setup();
    const notifier = t.make();
    await notifier.check(); // nothing cached yet: no note taken
    t.state.list = [notice('1'), notice('2', { state: 'resolved' })];
    await notifier.check();
    expect(t.shown).toEqual([]);

    t.state.list = [notice('3'), ...t.state.list];
    await notifier.check();
    await notifier.check();
    await t.make().check(); // the app started again
    expect(t.shown).toMatchObject([{ title: 'Störung 3', target: { kind: 'notice', id: '3' } }]);
    expect(t.shown[0]?.body).toMatch(/^Störung seit 25\.11\.2026, \d{2}:05$/);
  });

  it('words it in the language of the settings, "from" for a planned one', async () => {
    const t = setup();
    t.state.list = [];
    const notifier = t.make();
    await notifier.check();
    t.state.language = 'en';
    t.state.list = [notice('5', { kind: 'maintenance', state: 'planned' })];
    await notifier.check();
    expect(t.shown[0]?.title).toBe('Incident 5');
    expect(t.shown[0]?.body).toMatch(/^Maintenance from 25 Nov 2026/);
  });

  it('stays quiet for general notices, ones resolved on arrival, and when turned off (no catching up)', async () => {
    const t = setup();
    t.state.list = [];
    const notifier = t.make();
    await notifier.check();
    t.state.list = [
      notice('6', { general: true, contractIds: [] }),
      notice('7', { state: 'resolved' }),
    ];
    await notifier.check();
    t.state.enabled = false;
    t.state.list = [notice('8'), ...t.state.list];
    await notifier.check();
    t.state.enabled = true;
    await notifier.check();
    expect(t.shown).toEqual([]);
  });
});
