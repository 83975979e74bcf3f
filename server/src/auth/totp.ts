/**
 * TOTP (RFC 6238): SHA1, 6 digits, 30 s steps, accepted ±1 step. A time step is accepted
 * once per user: the caller stores the returned step and passes it back as lastStep.
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, digits: number): TOTP {
  return new TOTP({
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits,
    period: TOTP_PERIOD_SECONDS,
  });
}

export function totpStep(timeMs: number): number {
  return Math.floor(timeMs / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCode(secretBase32: string, timeMs: number, digits = TOTP_DIGITS): string {
  return totp(secretBase32, digits).generate({ timestamp: timeMs });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'reused' };

export function checkTotp(
  secretBase32: string,
  code: string,
  timeMs: number,
  lastStep: number | null,
  digits = TOTP_DIGITS,
): TotpCheck {
  // only a code of the right number of digits is compared (otpauth compares bytes and throws
  // on a token of another byte length, e.g. one with letters beyond ASCII)
  if (code.length !== digits || !/^[0-9]+$/.test(code)) return { ok: false, reason: 'invalid' };
  const delta = totp(secretBase32, digits).validate({
    token: code,
    timestamp: timeMs,
    window: TOTP_WINDOW,
  });
  if (delta === null) return { ok: false, reason: 'invalid' };
  const step = totpStep(timeMs) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'reused' };
  return { ok: true, step };
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secretBase32: string, account: string): string {
  return new TOTP({
    issuer: 'Kundencenter',
    label: account,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}
