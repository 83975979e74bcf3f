/**
 * The API and core error codes of paying and renewing the renderer has a message for
 * (`errors.<code>` in the area's locale file). error-map.ts merges them.
 */
export const PAYMENTS_ERROR_CODES: readonly string[] = [
  // the server's
  'invoice_not_open',
  'renewal_not_due',
  'renewal_changed',
  // the core's
  'browser_unavailable',
  'payment_page_refused',
];
