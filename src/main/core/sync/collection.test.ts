import { describe, expect, it } from 'vitest';
import { diffLists, patchList, sameJson } from './collection';

interface Row {
  id: string;
  date: string;
  amount: number;
}
const shape = {
  idOf: (row: Row) => row.id,
  // newest first
  compare: (a: Row, b: Row) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1),
};
const list: Row[] = [
  { id: 'c', date: '2026-03-01', amount: 3 },
  { id: 'b', date: '2026-02-01', amount: 2 },
  { id: 'a', date: '2026-01-01', amount: 1 },
];

describe('patchList', () => {
  it('replaces an entry in place and keeps the order', () => {
    const patched = patchList(list, [{ id: 'b', date: '2026-02-01', amount: 0 }], new Set(), shape);
    expect(patched.map((r) => [r.id, r.amount])).toEqual([
      ['c', 3],
      ['b', 0],
      ['a', 1],
    ]);
    expect(list[1]!.amount).toBe(2);
  });

  it('inserts a new entry where the order puts it and removes deleted ones', () => {
    const patched = patchList(
      list,
      [
        { id: 'd', date: '2026-02-15', amount: 4 },
        { id: 'e', date: '2026-04-01', amount: 5 },
      ],
      new Set(['a']),
      shape,
    );
    expect(patched.map((r) => r.id)).toEqual(['e', 'c', 'd', 'b']);
  });

  it('answers the very same array when nothing differs (no write, no event)', () => {
    // same values, keys in another order, as a detail's summary may come
    const same = { amount: 2, date: '2026-02-01', id: 'b' };
    expect(patchList(list, [same], new Set(), shape)).toBe(list);
    expect(patchList(list, [], new Set(['zz']), shape)).toBe(list);
  });

  it('keeps an entry that is both updated and named for removal (the update is newer)', () => {
    const patched = patchList(list, [{ ...list[0]!, amount: 9 }], new Set(['c']), shape);
    expect(patched.map((r) => [r.id, r.amount])[0]).toEqual(['c', 9]);
  });
});

describe('diffLists', () => {
  it('names changed and removed ids, not added ones', () => {
    const after = [
      { ...list[0]!, amount: 30 },
      list[1]!,
      { id: 'z', date: '2026-05-01', amount: 1 },
    ];
    expect(diffLists(list, after, shape.idOf)).toEqual({ changed: ['c'], removed: ['a'] });
  });
});

describe('sameJson', () => {
  it('compares deeply and ignores key order', () => {
    expect(sameJson({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
