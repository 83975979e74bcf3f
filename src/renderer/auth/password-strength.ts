/**
 * A hint for the user while choosing a password, not a rule: the server decides what is too
 * weak (errors.weak_password). Length counts most, variety of characters helps.
 */
export type Strength = 'weak' | 'medium' | 'strong';

export function passwordStrength(password: string): Strength | null {
  if (password === '') return null;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const length = [...password].length;
  if (length < 10 || classes < 2) return 'weak';
  if (length >= 14 && classes >= 3) return 'strong';
  if (length >= 20) return 'strong';
  return 'medium';
}
