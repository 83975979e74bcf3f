/**
 * Auth codes (transfer codes). For .de DENIC's rules: 8–16 characters from A–Z a–z 2–9 and
 * + - / *, without the look-alikes I l O o 0 1. For other TLDs the generic EPP rules
 * (RFC 5731 authInfo pw: 6–32 printable characters, here letters, digits and a few symbols,
 * at least one of each class).
 *
 * Each character is a uniform choice: random bytes at or above the largest multiple of the
 * alphabet's size are thrown away rather than folded in with a modulo (which would favour the
 * first characters of the alphabet).
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const LOOK_ALIKES = 'IlOo01';

const withoutLookAlikes = (chars: string): string =>
  [...chars].filter((c) => !LOOK_ALIKES.includes(c)).join('');

/** DENIC: A–Z a–z 2–9 + - / * without I l O o 0 1 (60 characters) */
export const DENIC_ALPHABET = withoutLookAlikes(UPPER + LOWER + DIGITS) + '+-/*';
export const DENIC_LENGTH_MIN = 8;
export const DENIC_LENGTH_MAX = 16;

/** the symbols a generic code is drawn with: safe to paste into any registrar's form */
export const EPP_SYMBOLS = '+-/*!#%=?@_.';
export const EPP_ALPHABET = UPPER + LOWER + DIGITS + EPP_SYMBOLS;
export const EPP_LENGTH_MIN = 6;
export const EPP_LENGTH_MAX = 32;

/** how long the codes we generate are */
export const AUTH_CODE_LENGTH = 16;

const DENIC_SET: ReadonlySet<string> = new Set(DENIC_ALPHABET);

function normalizeTld(tld: string): string {
  const t = tld.trim().toLowerCase();
  return t.startsWith('.') ? t.slice(1) : t;
}

/** Draws `length` characters uniformly from `alphabet` (at most 256 characters). */
function draw(alphabet: string, length: number, random: (bytes: Uint8Array) => Uint8Array): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  // a working source throws away under a quarter of its bytes; a broken one (all 255) must
  // not hang the caller
  for (let round = 0; round < 64 && out.length < length; round++) {
    const bytes = random(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  if (out.length < length) throw new Error('auth code: the random source gives no usable bytes');
  return out;
}

function hasEachClass(code: string): boolean {
  let letter = false;
  let digit = false;
  let symbol = false;
  for (const c of code) {
    if (UPPER.includes(c) || LOWER.includes(c)) letter = true;
    else if (DIGITS.includes(c)) digit = true;
    else symbol = true;
  }
  return letter && digit && symbol;
}

function hasUpperLowerDigitSymbol(code: string): boolean {
  let upper = false;
  let lower = false;
  let digit = false;
  let symbol = false;
  for (const c of code) {
    if (UPPER.includes(c)) upper = true;
    else if (LOWER.includes(c)) lower = true;
    else if (DIGITS.includes(c)) digit = true;
    else symbol = true;
  }
  return upper && lower && digit && symbol;
}

/**
 * A new code for a domain of this TLD, drawn from `random` (crypto.getRandomValues-like):
 * 16 characters. A generic code has an upper- and a lower-case letter, a digit and a symbol;
 * a draw without one of them is drawn again whole, so every such code stays equally likely.
 */
export function generateAuthCode(tld: string, random: (bytes: Uint8Array) => Uint8Array): string {
  if (normalizeTld(tld) === 'de') return draw(DENIC_ALPHABET, AUTH_CODE_LENGTH, random);
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = draw(EPP_ALPHABET, AUTH_CODE_LENGTH, random);
    if (hasUpperLowerDigitSymbol(code)) return code;
  }
  throw new Error('auth code: the random source never gives every character class');
}

/** Whether a code follows the rules of its TLD. */
export function isValidAuthCode(tld: string, code: string): boolean {
  if (normalizeTld(tld) === 'de') {
    if (code.length < DENIC_LENGTH_MIN || code.length > DENIC_LENGTH_MAX) return false;
    for (const c of code) if (!DENIC_SET.has(c)) return false;
    return true;
  }
  if (code.length < EPP_LENGTH_MIN || code.length > EPP_LENGTH_MAX) return false;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return hasEachClass(code);
}
