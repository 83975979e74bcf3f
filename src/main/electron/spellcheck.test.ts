import { describe, expect, it, vi } from 'vitest';
import { applySpellCheckLanguage } from './spellcheck';

function fakeSession(available = ['de-DE', 'en-GB', 'en-US', 'fr']) {
  return { availableSpellCheckerLanguages: available, setSpellCheckerLanguages: vi.fn() };
}

describe('spell check language', () => {
  it('follows the UI language on Windows and Linux', () => {
    const session = fakeSession();
    expect(applySpellCheckLanguage(session, 'de', 'win32')).toBe('de-DE');
    expect(session.setSpellCheckerLanguages).toHaveBeenLastCalledWith(['de-DE']);
    expect(applySpellCheckLanguage(session, 'en', 'linux')).toBe('en-US');
    expect(session.setSpellCheckerLanguages).toHaveBeenLastCalledWith(['en-US']);
  });

  it('leaves macOS to its own checker and skips a language without a dictionary', () => {
    const session = fakeSession(['fr']);
    expect(applySpellCheckLanguage(session, 'de', 'darwin')).toBeNull();
    expect(applySpellCheckLanguage(session, 'de', 'linux')).toBeNull();
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
