/**
 * The API error codes of this area the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes (`errors.field.<code>`). error-map.ts merges them.
 */
export const PRODUCTS_ERROR_CODES: readonly string[] = [
  // the core's own (credentials lock)
  'credentials_locked',
  'offline_unlock_unavailable',
  'local_auth_failed',
  'password_required',
  'credential_unavailable_offline',
  'unlock_throttled',
  // the server's (cancellation)
  'already_cancelled',
  'contract_ended',
  'cancellation_not_revocable',
];

/** per-field code from the server or zod → i18n key */
export const PRODUCTS_FIELD_KEYS: Readonly<Record<string, string>> = {
  end_date_too_early: 'errors.field.end_date_too_early',
  reason_required: 'errors.field.reason_required',
  closing_company_ordinary: 'errors.field.closing_company_ordinary',
  requested_by_required: 'errors.field.requested_by_required',
};
