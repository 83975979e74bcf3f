import { describe, expect, it } from 'vitest';
import { IBAN_DISPLAY_MAX_LENGTH, ibanLooksComplete, reformatIban } from './iban-input';

describe('reformatIban', () => {
  it('groups by four in capitals and keeps the caret after the typed character', () => {
    expect(reformatIban('de893', 5)).toEqual({ value: 'DE89 3', caret: 6 });
    expect(reformatIban('DE89 37040', 10)).toEqual({ value: 'DE89 3704 0', caret: 11 });
  });

  it('keeps the caret in place when typing in the middle', () => {
    // "X" typed after "DE89 3" in "DE89 3704 0044"
    expect(reformatIban('DE89 3X704 0044', 7)).toEqual({ value: 'DE89 3X70 4004 4', caret: 7 });
  });

  it('puts the caret after the same character when a space is deleted', () => {
    expect(reformatIban('DE893704', 4)).toEqual({ value: 'DE89 3704', caret: 4 });
  });

  it('takes pasted IBANs with any spacing', () => {
    expect(reformatIban('  DE89\u00a03704 0044 0532 0130 00 ', 33).value).toBe(
      'DE89 3704 0044 0532 0130 00',
    );
  });

  it('stops at the longest possible IBAN', () => {
    const long = 'MT84MALT011000012345MTLCAST001SXXXXXXX';
    const { value, caret } = reformatIban(long, long.length);
    expect(value.replace(/ /g, '')).toHaveLength(34);
    expect(value).toHaveLength(IBAN_DISPLAY_MAX_LENGTH);
    expect(caret).toBe(value.length);
  });

  it('handles an empty field', () => {
    expect(reformatIban('', 0)).toEqual({ value: '', caret: 0 });
  });
});

describe('ibanLooksComplete', () => {
  it("knows each country's length", () => {
    expect(ibanLooksComplete('DE89 3704 0044 0532 0130')).toBe(false);
    expect(ibanLooksComplete('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanLooksComplete('AT61 1904 3002 3457 3201')).toBe(true);
  });

  it('waits for the longest IBAN when the country is unknown', () => {
    expect(ibanLooksComplete('XX12 3456 7890 1234 5678 90')).toBe(false);
  });
});
