import { describe, expect, it } from 'vitest';
import { parseHash } from './hash';

describe('parseHash', () => {
  it('treats an empty hash as the dashboard', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#').path).toBe('/');
    expect(parseHash('#/').path).toBe('/');
  });

  it('reads the path and its query', () => {
    const route = parseHash('#/reset-password?token=abc%2Bdef&x=1');
    expect(route.path).toBe('/reset-password');
    expect(route.params.get('token')).toBe('abc+def');
  });

  it('tolerates a missing leading slash and a trailing one', () => {
    expect(parseHash('#login').path).toBe('/login');
    expect(parseHash('#/forgot-password/').path).toBe('/forgot-password');
  });
});
