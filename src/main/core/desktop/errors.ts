/**
 * The core's error codes of the desktop features the renderer has a message for
 * (`errors.<code>` in the area's locale file). error-map.ts merges them.
 */
export const DESKTOP_ERROR_CODES: readonly string[] = [
  // the app lock answers these instead of an invoice, a payment or a credential
  'app_locked',
  // offline, and no password was confirmed on this device yet
  'app_lock_offline_unavailable',
];
