/** Checks run before asking main, so the user hears about a typo at once. Keys are i18n keys. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^\d{6}$/;
/** the shortest reset token main accepts */
export const MIN_TOKEN_LENGTH = 16;

export function checkEmail(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return 'errors.field.required';
  if (!EMAIL.test(v)) return 'errors.field.email_invalid';
  return undefined;
}

export function checkRequired(value: string): string | undefined {
  return value === '' ? 'errors.field.required' : undefined;
}

/** The TOTP code: six digits (spaces people type from the app are ignored). */
export function checkCode(value: string): string | undefined {
  const v = normalizeCode(value);
  if (v === '') return 'errors.field.required';
  if (!CODE.test(v)) return 'errors.field.code_format';
  return undefined;
}

export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, '');
}

export function checkToken(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return 'errors.field.required';
  if (v.length < MIN_TOKEN_LENGTH) return 'errors.field.token_format';
  return undefined;
}

export function checkRepeat(password: string, repeat: string): string | undefined {
  if (repeat === '') return 'errors.field.required';
  if (repeat !== password) return 'errors.field.password_mismatch';
  return undefined;
}
