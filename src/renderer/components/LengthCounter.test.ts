import { describe, expect, it } from 'vitest';
import { lengthState } from './LengthCounter';

describe('lengthState', () => {
  it('is quiet far from the limit, counts near it and says how much is over', () => {
    expect(lengthState('a'.repeat(179), 200)).toEqual({ kind: 'far' });
    expect(lengthState('a'.repeat(180), 200)).toEqual({ kind: 'near', length: 180, max: 200 });
    expect(lengthState('a'.repeat(200), 200)).toEqual({ kind: 'near', length: 200, max: 200 });
    expect(lengthState('a'.repeat(201), 200)).toEqual({ kind: 'over', length: 201, max: 200 });
  });

  it('counts what is sent: surrounding blanks do not count', () => {
    expect(lengthState(`  ${'a'.repeat(200)}\n`, 200).kind).toBe('near');
  });
});
