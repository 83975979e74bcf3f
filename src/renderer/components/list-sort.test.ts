import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './list-sort';

interface Row {
  name: string;
  renews: string | null;
}
const ROWS: Row[] = [
  { name: 'Vertrag 10', renews: '2027-01-01' },
  { name: 'vertrag 9', renews: null },
  { name: 'Ärger', renews: '2026-12-01' },
];
const ORDER = { name: (r: Row) => r.name, renews: (r: Row) => r.renews };

describe('sorting a list by a column', () => {
  it('reads text as a person does: accents and case aside, numbers by value', () => {
    expect(sortRows(ROWS, ORDER, { key: 'name', dir: 'asc' }).map((r) => r.name)).toEqual([
      'Ärger',
      'vertrag 9',
      'Vertrag 10',
    ]);
  });

  it('puts rows without a value last, whichever the direction', () => {
    const names = (dir: 'asc' | 'desc') =>
      sortRows(ROWS, ORDER, { key: 'renews', dir }).map((r) => r.name);
    expect(names('asc')).toEqual(['Ärger', 'Vertrag 10', 'vertrag 9']);
    expect(names('desc')).toEqual(['Vertrag 10', 'Ärger', 'vertrag 9']);
  });

  it('keeps the list order without a sort or with one it does not know', () => {
    expect(sortRows(ROWS, ORDER, undefined)).toBe(ROWS);
    expect(sortRows(ROWS, ORDER, { key: 'gone', dir: 'asc' })).toBe(ROWS);
  });

  it('sorts ascending first, then the other way round', () => {
    expect(nextSort(undefined, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'renews')).toEqual({ key: 'renews', dir: 'asc' });
  });
});
