/**
 * The codes of the second sign-in step, as the app checks them before sending: a 6-digit TOTP
 * code, or a recovery code `XXXX-XXXX-XXXX` (the server ignores case, spaces and dashes).
 */
export const TOTP_CODE = /^\d{6}$/;
export const RECOVERY_CODE = /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/;

/** Spaces people type from their app or their paper go; a recovery code in capitals. */
export function normalizeSecondFactor(value: string): string {
  const compact = value.replace(/\s+/g, '');
  return TOTP_CODE.test(compact) ? compact : compact.toUpperCase();
}

/** Either of them, as one pattern: the IPC table's check (its fuzzer builds inputs from it). */
export const SECOND_FACTOR_CODE = /^(?:\d{6}|[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4})$/;

export function isSecondFactorCode(value: string): boolean {
  return SECOND_FACTOR_CODE.test(value);
}
