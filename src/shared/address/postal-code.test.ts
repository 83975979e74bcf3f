import { describe, expect, it } from 'vitest';
import { POSTAL_CODE_RULES, checkPostalCode } from './postal-code';

const ok = (raw: string, country: string, normalized = raw) =>
  expect(checkPostalCode(raw, country)).toEqual({ ok: true, normalized });
const refused = (raw: string, country: string) =>
  expect(checkPostalCode(raw, country)).toMatchObject({ ok: false, reason: 'format' });

describe('checkPostalCode', () => {
  it.each([
    ['DE', ['10115', '01067', ' 80331 '], ['1011', '101155', '1011A', 'D-10115']],
    ['AT', ['1010', '6020'], ['0101', '10100', 'A-1010']],
    ['CH', ['8001', '3000'], ['0800', '80010']],
    ['NL', ['1011 AB', '1011ab', '9999 ZZ'], ['1011', '0123 AB', '1011 SA', '1011 A1']],
    ['FR', ['75001', '97400'], ['7500', '750011']],
    ['GB', ['SW1A 1AA', 'sw1a1aa', 'M1 1AE', 'EC1A 1BB', 'GIR 0AA'], ['SW1A', '12345', 'QW1 1AA']],
    ['US', ['20500', '20500-0003'], ['2050', '20500-3', 'ABCDE']],
  ] as const)('%s: takes its own formats and refuses others', (country, good, bad) => {
    for (const code of good) expect(checkPostalCode(code, country).ok, code).toBe(true);
    for (const code of bad)
      expect(checkPostalCode(code, country), code).toMatchObject({ ok: false });
  });

  it('writes the code as the post does', () => {
    ok('1011ab', 'NL', '1011 AB');
    ok('sw1a1aa', 'GB', 'SW1A 1AA');
    ok('m1  1ae', 'GB', 'M1 1AE');
    ok('00950', 'PL', '00-950');
    ok(' 10115 ', 'DE', '10115');
  });

  it('names an example of the country with a refusal', () => {
    expect(checkPostalCode('1011', 'DE')).toEqual({
      ok: false,
      reason: 'format',
      example: '10115',
    });
    refused('1011', 'FR');
  });

  it('requires a code, and takes any for a country it has no rule for', () => {
    expect(checkPostalCode('  ', 'DE')).toEqual({ ok: false, reason: 'required' });
    ok('AB-12', 'XK');
  });

  it('every example passes its own rule', () => {
    for (const [country, rule] of Object.entries(POSTAL_CODE_RULES)) {
      expect(checkPostalCode(rule.example, country).ok, country).toBe(true);
    }
  });
});
