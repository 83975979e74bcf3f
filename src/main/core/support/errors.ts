/**
 * The API error codes of "Support" the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes (`errors.field.<code>`). error-map.ts merges them.
 */
export const SUPPORT_ERROR_CODES: readonly string[] = [
  // the server's
  'attachment_too_large',
  'attachment_type',
  'idempotency_key_reused',
  'idempotency_in_progress',
  // the core's
  'ticket_not_found',
  'attachment_not_found',
  'outbox_entry_unknown',
  'outbox_entry_not_failed',
];

/** per-field code from the server or the core → i18n key (fields `attachments.<n>` and more) */
export const SUPPORT_FIELD_KEYS: Readonly<Record<string, string>> = {
  attachment_too_large: 'errors.field.attachment_too_large',
  attachment_type: 'errors.field.attachment_type',
  attachment_unknown: 'errors.field.attachment_unknown',
  related_unknown: 'errors.field.related_unknown',
};
