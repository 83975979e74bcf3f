import { describe, expect, it } from 'vitest';
import { mergeLocales } from './index';

describe('mergeLocales', () => {
  it('merges nested trees of different areas', () => {
    expect(mergeLocales({ a: { x: 'X' } }, { a: { y: 'Y' }, b: 'B' })).toEqual({
      a: { x: 'X', y: 'Y' },
      b: 'B',
    });
  });

  it.each([
    [{ a: { x: 'X' } }, { a: { x: 'Z' } }],
    [{ a: 'A' }, { a: { x: 'X' } }],
    [{ a: { x: 'X' } }, { a: 'A' }],
  ])('refuses a key defined twice', (one, two) => {
    expect(() => mergeLocales(one, two)).toThrow(/defined twice/);
  });

  it('leaves its inputs unchanged', () => {
    const base = { a: { x: 'X' } };
    mergeLocales(base, { a: { y: 'Y' } });
    expect(base).toEqual({ a: { x: 'X' } });
  });
});
