import { describe, expect, it } from 'vitest';
import { secretProfile } from './secret-profile';

describe('secretProfile', () => {
  it('keeps the default profile for the app folder and separates every other folder', () => {
    const home = '/home/anna/.config/Kundencenter';
    expect(secretProfile(home, home)).toBe('default');
    expect(secretProfile(`${home}/`, home)).toBe('default');
    const a = secretProfile('/tmp/kc-electron-profile-a', home);
    const b = secretProfile('/tmp/kc-electron-profile-b', home);
    expect(a).toMatch(/^profile-[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    expect(secretProfile('/tmp/kc-electron-profile-a', home)).toBe(a);
  });
});
