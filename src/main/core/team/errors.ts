/**
 * The API error codes of this area the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes (`errors.field.<code>`). error-map.ts merges them.
 */
export const TEAM_ERROR_CODES: readonly string[] = [
  // customer information saved with If-Match
  'precondition_failed',
  'precondition_required',
  // registration and sign-in of an address not yet confirmed
  'email_unconfirmed',
  'verify_token_invalid',
  // verification documents
  'document_too_large',
  'document_type',
  // users and invitations
  'already_member',
  'invitation_other_email',
  'invitation_invalid',
  'account_exists',
  'last_owner',
  'owner_rights_fixed',
  // contacts (params.domains names the domains that use it)
  'contact_in_use',
];

/** per-field code from the server or zod → i18n key */
export const TEAM_FIELD_KEYS: Readonly<Record<string, string>> = {
  vat_id_invalid: 'errors.field.vat_id_invalid',
  phone_invalid: 'errors.field.phone_invalid',
  company_required: 'errors.field.company_required',
  name_required: 'errors.field.name_required',
  organization_required: 'errors.field.organization_required',
  postal_code_invalid: 'errors.field.postal_code_invalid',
};
