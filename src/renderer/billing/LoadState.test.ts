import { describe, expect, it } from 'vitest';
import { syncedAtOf } from './LoadState';

describe('syncedAtOf', () => {
  const fetched = '2026-12-03T09:00:00.000Z';
  const pass = '2026-12-03T09:30:00.000Z';

  it('takes a later completed pass for data the sync engine follows', () => {
    expect(syncedAtOf({ data: 1, syncedAt: fetched, followsSync: true }, pass)).toBe(pass);
  });

  it('keeps the own time of other data, and a fetch newer than the pass', () => {
    expect(syncedAtOf({ data: 1, syncedAt: fetched }, pass)).toBe(fetched);
    expect(syncedAtOf({ data: 1, syncedAt: pass, followsSync: true }, fetched)).toBe(pass);
    expect(syncedAtOf({ data: 1, syncedAt: fetched, followsSync: true }, null)).toBe(fetched);
  });
});
