import { describe, expect, it } from 'vitest';
import {
  DENIC_ALPHABET,
  EPP_ALPHABET,
  EPP_SYMBOLS,
  generateAuthCode,
  isValidAuthCode,
} from './auth-code';

const random = (bytes: Uint8Array): Uint8Array => crypto.getRandomValues(bytes);

/** a source that hands out the given bytes in order, then repeats them */
function fixed(values: number[]): (bytes: Uint8Array) => Uint8Array {
  let i = 0;
  return (bytes) => {
    for (let k = 0; k < bytes.length; k++) bytes[k] = values[i++ % values.length] ?? 0;
    return bytes;
  };
}

describe('.de auth codes (DENIC)', () => {
  it('has the 60 characters A–Z a–z 2–9 + - / * without I l O o 0 1', () => {
    expect(DENIC_ALPHABET).toHaveLength(60);
    for (const c of 'IlOo01') expect(DENIC_ALPHABET).not.toContain(c);
    for (const c of 'AHJNPZahjkmnpz29+-/*') expect(DENIC_ALPHABET).toContain(c);
  });

  it('draws 16 characters of the alphabet, whatever the TLD is written like', () => {
    for (const tld of ['de', 'DE', '.de']) {
      for (let i = 0; i < 200; i++) {
        const code = generateAuthCode(tld, random);
        expect(code).toHaveLength(16);
        for (const c of code) expect(DENIC_ALPHABET).toContain(c);
        expect(isValidAuthCode('de', code)).toBe(true);
      }
    }
  });

  it('gives 10,000 different codes in 10,000 draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => generateAuthCode('de', random)));
    expect(codes.size).toBe(10_000);
  });

  it('throws away bytes that would favour the first characters instead of folding them in', () => {
    // 240 = 4 × 60: bytes 240–255 would give the first 16 characters a fifth chance
    const code = generateAuthCode('de', fixed([240, 255, 0, 59, 60, 239]));
    expect(code).toBe('A*A*A*A*A*A*A*A*');
  });

  it('spreads the characters evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      for (const c of generateAuthCode('de', random)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // 96,000 characters over 60: 1,600 each; a modulo bias of 5/4 would give 2,000
    expect(counts.size).toBe(60);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(1400);
      expect(n).toBeLessThan(1800);
    }
  });

  it.each([
    ['abcdefgh', true],
    ['ABCD2345+-/*wxyz', true],
    ['abcdefg', false],
    ['ABCD2345+-/*wxyzA', false],
    ['abcdefgI', false],
    ['abcdefgl', false],
    ['abcdefgO', false],
    ['abcdefgo', false],
    ['abcdefg0', false],
    ['abcdefg1', false],
    ['abcdefg!', false],
    ['abcd efg', false],
    ['abcdefgä', false],
  ])('checks %s: %s', (code, valid) => {
    expect(isValidAuthCode('de', code)).toBe(valid);
  });
});

describe('generic EPP auth codes', () => {
  it('draws 16 characters with an upper- and lower-case letter, a digit and a symbol', () => {
    for (const tld of ['com', 'eu', 'net', 'org', 'shop']) {
      for (let i = 0; i < 200; i++) {
        const code = generateAuthCode(tld, random);
        expect(code).toHaveLength(16);
        for (const c of code) expect(EPP_ALPHABET).toContain(c);
        expect(code).toMatch(/[A-Z]/);
        expect(code).toMatch(/[a-z]/);
        expect(code).toMatch(/[0-9]/);
        expect([...code].some((c) => EPP_SYMBOLS.includes(c))).toBe(true);
        expect(isValidAuthCode(tld, code)).toBe(true);
      }
    }
  });

  it('gives 10,000 different codes in 10,000 draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => generateAuthCode('com', random)));
    expect(codes.size).toBe(10_000);
  });

  it('draws again when a class is missing rather than patching a character in', () => {
    // the first 16 usable bytes give only "A", the next draw has every class
    const alphabet = EPP_ALPHABET;
    const wanted = 'Ab3+Ab3+Ab3+Ab3+';
    const second = [...wanted].map((c) => alphabet.indexOf(c));
    const source = fixed([...new Array<number>(32).fill(0), ...second, ...second]);
    expect(generateAuthCode('com', source)).toBe(wanted);
  });

  it('does not hang on a source that gives no usable bytes', () => {
    expect(() => generateAuthCode('com', fixed([255]))).toThrow();
    expect(() => generateAuthCode('de', fixed([250]))).toThrow();
  });

  it.each([
    ['Ab3+xy', true],
    ['abc123!!', true],
    ['A1#' + 'x'.repeat(29), true],
    ['Ab3+x', false],
    ['A1#' + 'x'.repeat(30), false],
    ['abcdefgh', false],
    ['abc12345', false],
    ['abc!!!!!', false],
    ['123!!!!!', false],
    ['abc 12!!', false],
    ['abc12ä!!', false],
  ])('checks %s: %s', (code, valid) => {
    expect(isValidAuthCode('com', code)).toBe(valid);
  });
});
