/**
 * The API error codes of "Domains" the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes. error-map.ts merges them.
 */
export const DOMAINS_ERROR_CODES: readonly string[] = [
  // the server's
  'transfer_locked',
  'zone_external',
  'dns_invalid',
  // (precondition_required / precondition_failed: the team area's list has them already)
  // the core's: a domain the server does not know (or not of this customer)
  'domain_not_found',
];

/**
 * per-field code → i18n key: a contact id the account does not have (fields owner, admin,
 * tech, zone) and the nameserver rules (fields `nameservers.<i>`, see nameservers.ts)
 */
export const DOMAINS_FIELD_KEYS: Readonly<Record<string, string>> = {
  contact_unknown: 'errors.field.contact_unknown',
  nameserver_count: 'errors.field.nameserver_count',
  nameserver_is_address: 'errors.field.nameserver_is_address',
  hostname_invalid: 'errors.field.hostname_invalid',
  nameserver_duplicate: 'errors.field.nameserver_duplicate',
};
