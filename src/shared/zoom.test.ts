import { describe, expect, it } from 'vitest';
import { nextZoom, validZoom } from './zoom';

describe('zoom steps', () => {
  it('steps in and out along Chromium’s factors and stops at the ends', () => {
    expect(nextZoom(1, 'in')).toBe(1.1);
    expect(nextZoom(1.1, 'in')).toBe(1.25);
    expect(nextZoom(1, 'out')).toBe(0.9);
    expect(nextZoom(3, 'in')).toBe(3);
    expect(nextZoom(0.5, 'out')).toBe(0.5);
    expect(nextZoom(1.75, 'reset')).toBe(1);
    // a factor between the steps moves to the neighbouring step
    expect(nextZoom(1.2, 'in')).toBe(1.25);
    expect(nextZoom(1.2, 'out')).toBe(1.1);
  });

  it('treats a stored value outside 50–300 % as 100 %', () => {
    expect(validZoom(1.25)).toBe(1.25);
    expect(validZoom(9)).toBe(1);
    expect(validZoom('2')).toBe(1);
    expect(validZoom(undefined)).toBe(1);
  });
});
