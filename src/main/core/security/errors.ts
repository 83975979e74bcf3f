/**
 * The API error codes of "Sicherheit" the renderer has a message for (`errors.<code>`), and
 * its per-field codes. error-map.ts merges them.
 */
export const SECURITY_ERROR_CODES: readonly string[] = [
  'totp_enabled',
  'totp_disabled',
  'totp_setup_missing',
  'password_unchanged',
];

/** per-field code from the server → i18n key */
export const SECURITY_FIELD_KEYS: Readonly<Record<string, string>> = {
  wrong_password: 'errors.wrong_password',
  mfa_invalid_code: 'errors.mfa_invalid_code',
  mfa_code_reused: 'errors.mfa_code_reused',
  password_unchanged: 'errors.field.password_unchanged',
};
