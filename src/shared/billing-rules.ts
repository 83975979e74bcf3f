/**
 * Billing rules shared by the server, the core and the renderer (which imports this at runtime:
 * only ibantools and plain TypeScript here, nothing from node:). The server checks again
 * everything the form checks live, with the very same functions.
 */
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

export type IbanError = 'iban_invalid';
export type BicError = 'bic_invalid';
export type EmailError = 'email_invalid';

/** Whitespace (also no-break spaces from copied text) out, upper case: the electronic format. */
export function normalizeIban(value: string): string {
  return value.replace(/[\s\u00a0\u202f]+/g, '').toUpperCase();
}

/** Groups of four as the person types: `de8937040044` → `DE89 3704 0044`. */
export function formatIbanForDisplay(value: string): string {
  return (
    normalizeIban(value)
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/**
 * `null` when the IBAN is valid: known country, that country's length and BBAN format, and the
 * ISO 7064 mod-97 check digits. Accepts any spacing and case.
 */
export function checkIban(value: string): IbanError | null {
  const iban = electronicFormatIBAN(normalizeIban(value));
  return iban && isValidIBAN(iban) ? null : 'iban_invalid';
}

/** `null` when the BIC is valid (8 or 11 characters, a known country); any spacing and case. */
export function checkBic(value: string): BicError | null {
  const bic = normalizeIban(value);
  return /^[A-Z0-9]+$/.test(bic) && isValidBIC(bic) ? null : 'bic_invalid';
}

/** ISO 7064 mod 97-10 remainder of a string of digits and letters (A=10 … Z=35). */
function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/**
 * SEPA creditor identifier (Gläubiger-Identifikationsnummer): `CCpp` + 3-character business
 * code (ignored by the check, usually `ZZZ`) + the national identifier. The check digits pp are
 * mod 97-10 over national identifier + country code + `00`. German ones have exactly 18
 * characters: `DEppZZZ0nnnnnnnnnn`.
 */
export function isValidCreditorId(value: string): boolean {
  const id = normalizeIban(value);
  const match = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/.exec(id);
  if (!match) return false;
  const [, country = '', check = '', national = ''] = match;
  if (country === 'DE' && !/^0\d{10}$/.test(national)) return false;
  return 98 - mod97(`${national}${country}00`) === Number(check);
}

/**
 * The IBAN as shown once a mandate exists: country and check digits and the last four
 * characters stay, every other character becomes `•`, in groups of four —
 * `DE89370400440532013000` → `DE89 •••• •••• •••• ••30 00`. Enough to recognise one's own
 * account, too little to reuse it.
 */
export function maskIban(iban: string): string {
  const plain = normalizeIban(iban);
  const keepTail = Math.max(0, plain.length - 4);
  const masked = [...plain].map((ch, i) => (i < 4 || i >= keepTail ? ch : '•')).join('');
  return masked.match(/.{1,4}/gu)?.join(' ') ?? '';
}

/**
 * VAT of one line in cents, rounded commercially (half away from zero, so a credit mirrors the
 * invoice it reverses): 1499 at 19 % → 284.81 → 285.
 */
export function vatAmount(netCents: number, rate: number): number {
  const scaled = Math.abs(netCents) * rate;
  const cents = Math.floor((scaled + 50) / 100);
  return netCents < 0 ? -cents : cents;
}

/**
 * A plausible mail address: one `@`, something before it, a dotted domain with a TLD of two or
 * more letters, no spaces, at most 254 characters. Deliverability is the mail server's business.
 */
export function checkEmail(value: string): EmailError | null {
  const email = value.trim();
  if (email.length > 254) return 'email_invalid';
  return /^[^\s@]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(
    email,
  )
    ? null
    : 'email_invalid';
}
