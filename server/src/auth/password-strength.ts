/** The password rule for new passwords (reset, later registration and change). */

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordWeakness = 'too_short' | 'one_class' | 'is_email' | 'trivial';

// Deliberately tiny: the length and class rules do the work; these pass both and are still bad.
const TRIVIAL = new Set([
  'passwort123',
  'passwort1234',
  'passwort12345',
  'passwort2026',
  'password123',
  'password1234',
  'password12345',
  'password2026',
  'qwertz12345',
  'qwerty12345',
  'abcdefg123',
  'abc1234567',
  'hallo12345',
  'willkommen1',
  'willkommen123',
  'kundencenter1',
  'kundencenter123',
  'sommer2026',
  'winter2026',
]);

function characterClasses(password: string): number {
  let classes = 0;
  if (/\p{Ll}/u.test(password)) classes++;
  if (/\p{Lu}/u.test(password)) classes++;
  if (/\p{Nd}/u.test(password)) classes++;
  if (/[^\p{Ll}\p{Lu}\p{Nd}]/u.test(password)) classes++;
  return classes;
}

/** Why the password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email: string): PasswordWeakness | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (characterClasses(password) < 2) return 'one_class';
  const lower = password.toLowerCase();
  const mail = email.trim().toLowerCase();
  const local = mail.split('@')[0] ?? '';
  if (lower.includes(mail) || (local.length >= 3 && lower === local)) return 'is_email';
  if (TRIVIAL.has(lower)) return 'trivial';
  return null;
}
