import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-rule';

const email = 'erika@example.de';
const problem = (password: string, mail = email) => checkPassword(password, mail).problem;

describe('the password rule', () => {
  it('accepts long passwords that are hard to guess', () => {
    expect(problem('Sonnenblume-42')).toBeNull();
    expect(problem('korrekt pferd batterie 7')).toBeNull();
    expect(problem('Neues-Passwort-2026!')).toBeNull();
    expect(checkPassword('Winterreifen!Garten#77', email).strength).toBe('strong');
  });

  it('needs at least 10 characters (code points)', () => {
    expect(problem('Kurz-123')).toBe('too_short');
    expect(problem('äöü-ßÄÖ-1')).toBe('too_short');
  });

  it('refuses the e-mail address or its local part', () => {
    expect(problem('Erika@Example.de')).toBe('is_email');
    expect(problem('erika@example.de!')).toBe('is_email');
    expect(problem('erika.mustermann', 'erika.mustermann@example.de')).toBe('is_email');
  });

  it('refuses what the German, English and common dictionaries guess quickly', () => {
    expect(problem('Passwort123')).toBe('guessable');
    expect(problem('password1234')).toBe('guessable');
    expect(problem('qwertz12345')).toBe('guessable');
    expect(problem('abcdefghi1')).toBe('guessable');
    expect(problem('p4ssw0rd!!123')).toBe('guessable');
    expect(problem('Hallo12345')).toBe('guessable');
    expect(problem('Schmetterling')).toBe('guessable');
    // the product's own name, a name and a year are no secret
    expect(problem('Kundencenter2026')).toBe('guessable');
    expect(problem('erika19651')).toBe('guessable');
    expect(problem('Sommer2026!')).toBe('guessable');
  });

  it('says why, as zxcvbn keys the app has messages for', () => {
    const verdict = checkPassword('Passwort123', email);
    expect(verdict.strength).toBe('weak');
    expect(verdict.warning).toBe('similarToCommon');
    expect(verdict.suggestions).toContain('anotherWord');
  });
});
