import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

const email = 'erika@example.de';

describe('password strength', () => {
  it('accepts a long password of two or more kinds', () => {
    expect(passwordWeakness('Sonnenblume-42', email)).toBeNull();
    expect(passwordWeakness('korrekt pferd batterie 7', email)).toBeNull();
    expect(passwordWeakness('abcdefghi1', email)).toBeNull();
  });

  it('needs at least 10 characters (code points)', () => {
    expect(passwordWeakness('Kurz-123', email)).toBe('too_short');
    expect(passwordWeakness('Abcdefgh1', email)).toBe('too_short');
    expect(passwordWeakness('Abcdefgh12', email)).toBeNull();
  });

  it('refuses passwords of a single character class', () => {
    expect(passwordWeakness('abcdefghijkl', email)).toBe('one_class');
    expect(passwordWeakness('ABCDEFGHIJKL', email)).toBe('one_class');
    expect(passwordWeakness('123456789012', email)).toBe('one_class');
    expect(passwordWeakness('!!!!????####', email)).toBe('one_class');
    expect(passwordWeakness('äöüßäöüßäöüß', email)).toBe('one_class');
  });

  it('refuses the e-mail address or its local part', () => {
    expect(passwordWeakness('Erika@Example.de', email)).toBe('is_email');
    expect(passwordWeakness('erika@example.de!', email)).toBe('is_email');
    expect(passwordWeakness('erika.mustermann', 'erika.mustermann@example.de')).toBe('is_email');
  });

  it('refuses the trivial ones', () => {
    expect(passwordWeakness('Passwort123', email)).toBe('trivial');
    expect(passwordWeakness('password1234', email)).toBe('trivial');
    expect(passwordWeakness('qwertz12345', email)).toBe('trivial');
  });
});
