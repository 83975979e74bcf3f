import { describe, expect, it } from 'vitest';
import { tokenFromInput } from './team-routes';

describe('tokenFromInput', () => {
  it('takes a bare token as pasted, without surrounding space', () => {
    expect(tokenFromInput('  abcdefghijklmnopqrstuvwxyz \n')).toBe('abcdefghijklmnopqrstuvwxyz');
  });

  it('takes the token out of a whole link from the e-mail', () => {
    expect(
      tokenFromInput('https://kundencenter.example/#/invitation?token=AbC-123_xyzXYZ0987&x=1'),
    ).toBe('AbC-123_xyzXYZ0987');
    expect(tokenFromInput('kc://confirm-email?token=abc%2Bdef0123456789')).toBe(
      'abc+def0123456789',
    );
  });
});
