/**
 * Auth codes (transfer codes). For .de DENIC's rules: 8–16 characters from A–Z a–z 2–9 and
 * + - / *, without the look-alikes I l O o 0 1. For other TLDs the generic EPP rules
 * (RFC 5731 authInfo pw: 6–32 printable characters, here letters, digits and a few symbols,
 * at least one of each class).
 *
 * STUB: signatures fixed, the rules helper implements them.
 */

/** A new code for a domain of this TLD, drawn from `random` (crypto.getRandomValues-like). */
export function generateAuthCode(tld: string, random: (bytes: Uint8Array) => Uint8Array): string {
  void tld;
  void random;
  throw new Error('not implemented');
}

/** Whether a code follows the rules of its TLD. */
export function isValidAuthCode(tld: string, code: string): boolean {
  void tld;
  void code;
  throw new Error('not implemented');
}
