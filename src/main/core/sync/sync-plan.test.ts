import { describe, expect, it } from 'vitest';
import { coversCursor, planPass, type Change } from './sync-plan';
import type { SyncResource } from './sync-resources';

const resources: SyncResource[] = [
  { kind: 'document', name: 'account', path: '/v1/account' },
  { kind: 'document', name: 'statement', path: '/v1/billing/statement' },
  {
    kind: 'collection',
    name: 'invoices',
    path: '/v1/invoices',
    pageSize: 3,
    itemPath: (id) => `/v1/invoices/${id}`,
    itemKey: (id) => `invoice:${id}`,
    idOf: (s) => (s as { id: string }).id,
    summarize: (i) => i,
    compare: () => 0,
  },
];

const change = (resource: string, id: string, op = 'upsert'): Change => ({ resource, id, op });
const none = new Set<string>();

describe('planPass', () => {
  it('plans nothing when the log is empty and everything is cached', () => {
    expect(planPass(resources, [], false, none).size).toBe(0);
  });

  it('fetches everything whole after a reset', () => {
    const plan = planPass(resources, [change('invoices', 'a')], true, none);
    expect([...plan.keys()].sort()).toEqual(['account', 'invoices', 'statement']);
    for (const work of plan.values()) expect(work.full).toBe(true);
  });

  it('fetches a missing resource whole, even when the log names items of it', () => {
    const plan = planPass(
      resources,
      [change('invoices', 'a'), change('invoices', 'b', 'delete')],
      false,
      new Set(['invoices']),
    );
    expect(plan.get('invoices')).toEqual({ full: true, recheck: new Set(['a']) });
    expect(plan.has('account')).toBe(false);
  });

  it('fetches a named document whole and only the named items of a collection', () => {
    const plan = planPass(
      resources,
      [
        change('statement', 'K-1'),
        change('invoices', 'a'),
        change('invoices', 'b'),
        change('x', '1'),
      ],
      false,
      none,
    );
    expect(plan.get('statement')).toEqual({ full: true });
    const work = plan.get('invoices');
    expect(work?.full).toBe(false);
    if (work && !work.full) {
      expect([...work.upserts]).toEqual(['a', 'b']);
      expect([...work.deletes]).toEqual([]);
    }
    expect(plan.has('x')).toBe(false);
    expect(plan.has('account')).toBe(false);
  });

  it('lets the last log entry for an item decide between upsert and delete', () => {
    const plan = planPass(
      resources,
      [
        change('invoices', 'a'),
        change('invoices', 'a', 'delete'),
        change('invoices', 'b', 'delete'),
        change('invoices', 'b'),
      ],
      false,
      none,
    );
    const work = plan.get('invoices');
    if (!work || work.full) throw new Error('expected item work');
    expect([...work.upserts]).toEqual(['b']);
    expect([...work.deletes]).toEqual(['a']);
  });

  it('fetches a collection whole when more items changed than one page holds', () => {
    const changes = ['a', 'b', 'c', 'd'].map((id) => change('invoices', id));
    // the named details are fetched again too: one may have changed without its list entry
    expect(planPass(resources, changes, false, none).get('invoices')).toEqual({
      full: true,
      recheck: new Set(['a', 'b', 'c', 'd']),
    });
    expect(planPass(resources, changes.slice(0, 3), false, none).get('invoices')?.full).toBe(false);
  });

  it('leaves out what the server refused, even when it is missing or the log names it', () => {
    const forbidden = new Set(['invoices', 'statement']);
    const plan = planPass(
      resources,
      [change('invoices', 'a'), change('statement', 's')],
      false,
      new Set(['invoices', 'statement', 'account']),
      forbidden,
    );
    expect([...plan.keys()]).toEqual(['account']);
  });

  it('asks a refused resource again on a reset (rights may have changed)', () => {
    const plan = planPass(resources, [], true, none, new Set(['invoices']));
    expect(plan.get('invoices')).toEqual({ full: true });
  });

  it('fetches a document again when the log names one of the resources it depends on', () => {
    const withMe: SyncResource[] = [
      ...resources,
      { kind: 'document', name: 'me', path: '/v1/me', alsoOn: ['account', 'team'] },
    ];
    const plan = planPass(withMe, [change('team', 'u1')], false, none);
    expect([...plan.keys()]).toEqual(['me']);
    expect(planPass(withMe, [change('account', 'K-1')], false, none).get('me')).toEqual({
      full: true,
    });
  });
});

describe('coversCursor', () => {
  it('covers the same cursor and earlier positions of the same server instance', () => {
    expect(coversCursor('v1.ab12.40', 'v1.ab12.40')).toBe(true);
    expect(coversCursor('v1.ab12.40', 'v1.ab12.39')).toBe(true);
    expect(coversCursor('v1.ab12.40', 'v1.ab12.41')).toBe(false);
    // a restarted server (another instance) or an unknown shape: one pass more
    expect(coversCursor('v1.ab12.40', 'v1.cd34.3')).toBe(false);
    expect(coversCursor('opaque-7', 'opaque-6')).toBe(false);
    expect(coversCursor('opaque-7', 'opaque-7')).toBe(true);
    expect(coversCursor(null, 'v1.ab12.1')).toBe(false);
  });
});
