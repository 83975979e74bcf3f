import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/search/types';
import { groupHits } from './search-groups';

const hit = (kind: SearchHit['kind'], id: string, rank: number): SearchHit =>
  ({ kind, id, title: id, subtitle: '', route: '/', rank }) as SearchHit;

describe('groupHits', () => {
  it('groups by kind, best match first, the help always last, each with its count', () => {
    const groups = groupHits(
      [
        hit('help', 'h1', 0),
        hit('invoice', 'i1', 3),
        hit('ticket', 't1', 1),
        hit('invoice', 'i2', 2),
      ],
      { invoice: 18, ticket: 1 },
    );
    expect(groups.map((g) => [g.kind, g.total])).toEqual([
      ['ticket', 1],
      ['invoice', 18],
      ['help', 1],
    ]);
    expect(groups[1]!.items.map((i) => (i.type === 'hit' ? i.hit.id : `more ${i.total}`))).toEqual([
      'i2',
      'i1',
      'more 18',
    ]);
    expect(groups[0]!.items).toHaveLength(1);
  });
});
