import { describe, expect, it } from 'vitest';
import type { DnsRecord } from './types';
import { diffZone, reapplyEdits, sameRecord } from './zone-edits';

const r = (id: string, name: string, value: string, extra: Partial<DnsRecord> = {}): DnsRecord => ({
  id,
  name,
  type: 'A',
  ttl: 3600,
  value,
  ...extra,
});

const base: DnsRecord[] = [
  r('1', '@', '192.0.2.1'),
  r('2', 'www', '192.0.2.2'),
  r('3', 'mail', '192.0.2.3'),
  r('4', 'shop', '192.0.2.4'),
];

const ids = (records: DnsRecord[]): string[] => records.map((x) => x.id);

describe('diffZone', () => {
  it('finds nothing between equal versions', () => {
    expect(
      diffZone(
        base,
        base.map((x) => ({ ...x })),
      ),
    ).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('tells added, removed and changed records apart by id', () => {
    const after = [
      base[0] as DnsRecord,
      { ...(base[1] as DnsRecord), ttl: 300 },
      r('new-1', 'blog', '192.0.2.9'),
      { ...(base[3] as DnsRecord), value: '192.0.2.40' },
    ];
    const diff = diffZone(base, after);
    expect(ids(diff.added)).toEqual(['new-1']);
    expect(diff.removed).toEqual(['3']);
    expect(diff.changed).toEqual([after[1], after[3]]);
  });

  it('sees a change in any field, and a number left out equal to one that is absent', () => {
    const mx: DnsRecord = {
      id: 'm',
      name: '@',
      type: 'MX',
      ttl: 3600,
      value: 'mx.example.de',
      priority: 10,
    };
    for (const change of [
      { name: 'x' },
      { type: 'CNAME' as const },
      { ttl: 60 },
      { value: 'mx2.example.de' },
      { priority: 20 },
      { weight: 1 },
      { port: 25 },
      { flags: 0 },
      { tag: 'issue' },
    ]) {
      expect(diffZone([mx], [{ ...mx, ...change }]).changed).toHaveLength(1);
    }
    expect(
      sameRecord(r('a', 'www', '1.2.3.4'), { ...r('b', 'www', '1.2.3.4'), priority: undefined }),
    ).toBe(true);
  });
});

describe('reapplyEdits after someone else saved', () => {
  it('keeps both when they added a record and I edited another', () => {
    const theirs = [...base, r('5', 'blog', '192.0.2.5')];
    const mine = { ...(base[1] as DnsRecord), value: '192.0.2.22' };
    const result = reapplyEdits(base, theirs, { added: [], removed: [], changed: [mine] });
    expect(result.clashes).toEqual([]);
    expect(result.records).toEqual([base[0], mine, base[2], base[3], theirs[4]]);
  });

  it('lets my edit win where they edited the same record, and points it out', () => {
    const theirs = base.map((x) => (x.id === '2' ? { ...x, value: '192.0.2.200' } : x));
    const mine = { ...(base[1] as DnsRecord), value: '192.0.2.22' };
    const result = reapplyEdits(base, theirs, { added: [], removed: [], changed: [mine] });
    expect(result.records.find((x) => x.id === '2')?.value).toBe('192.0.2.22');
    expect(result.clashes).toEqual([{ recordId: '2', kind: 'changedByThem' }]);
  });

  it('sees no clash where we both made the very same change', () => {
    const same = { ...(base[1] as DnsRecord), ttl: 300 };
    const theirs = base.map((x) => (x.id === '2' ? same : x));
    const result = reapplyEdits(base, theirs, { added: [], removed: [], changed: [{ ...same }] });
    expect(result.clashes).toEqual([]);
    expect(result.records).toEqual(theirs);
  });

  it('brings my edit back as a new record where they deleted the record, and points it out', () => {
    const theirs = base.filter((x) => x.id !== '3');
    const mine = { ...(base[2] as DnsRecord), value: '192.0.2.33' };
    const result = reapplyEdits(base, theirs, { added: [], removed: [], changed: [mine] });
    expect(result.records).toHaveLength(4);
    const back = result.records[3] as DnsRecord;
    expect(back.id).toMatch(/^new-/);
    expect({ ...back, id: '3' }).toEqual(mine);
    expect(result.clashes).toEqual([{ recordId: back.id, kind: 'deletedByThem' }]);
    expect(ids(result.records).slice(0, 3)).toEqual(['1', '2', '4']);
  });

  it('keeps a record I deleted deleted even though they changed it, and points it out', () => {
    const theirs = base.map((x) => (x.id === '4' ? { ...x, ttl: 60 } : x));
    const result = reapplyEdits(base, theirs, { added: [], removed: ['4'], changed: [] });
    expect(ids(result.records)).toEqual(['1', '2', '3']);
    expect(result.clashes).toEqual([{ recordId: '4', kind: 'changedByThem' }]);
  });

  it('has nothing to point out where we both deleted the same record', () => {
    const theirs = base.filter((x) => x.id !== '4');
    const result = reapplyEdits(base, theirs, { added: [], removed: ['4'], changed: [] });
    expect(ids(result.records)).toEqual(['1', '2', '3']);
    expect(result.clashes).toEqual([]);
  });

  it('appends my added records after theirs, with their additions and deletions kept', () => {
    const theirs = [base[0], base[1], base[3], r('6', 'news', '192.0.2.6')] as DnsRecord[];
    const added = [r('new-a', 'blog', '192.0.2.7'), r('new-b', 'wiki', '192.0.2.8')];
    const result = reapplyEdits(base, theirs, { added, removed: ['1'], changed: [] });
    expect(ids(result.records)).toEqual(['2', '4', '6', 'new-a', 'new-b']);
    expect(result.clashes).toEqual([]);
  });

  it('gives a record that comes back an id no other record has', () => {
    const theirs = [base[0], r('new-again-3', 'x', '192.0.2.99')] as DnsRecord[];
    const mine = { ...(base[2] as DnsRecord), value: '192.0.2.33' };
    const added = [r('new-again-3-2', 'y', '192.0.2.98')];
    const result = reapplyEdits(base, theirs, { added, removed: [], changed: [mine] });
    const all = ids(result.records);
    expect(new Set(all).size).toBe(all.length);
  });

  it('round-trips: my diff re-applied on an unchanged zone gives my zone', () => {
    const mineZone = [
      { ...(base[0] as DnsRecord), ttl: 60 },
      base[2] as DnsRecord,
      base[3] as DnsRecord,
      r('new-1', 'blog', '192.0.2.9'),
    ];
    const result = reapplyEdits(base, base, diffZone(base, mineZone));
    expect(result.records).toEqual(mineZone);
    expect(result.clashes).toEqual([]);
  });
});
