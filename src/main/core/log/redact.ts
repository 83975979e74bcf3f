/**
 * Takes secrets out of what is about to be logged: the log file is read by support and lies
 * on disk unencrypted. Callers already pass no secrets on purpose; this catches the accidents
 * (an error message quoting a header, a request body in metadata).
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

export const REDACTED = '[redacted]';

/** keys whose values are never logged, whatever they hold (compared without case, - and _) */
const SECRET_KEYS = new Set([
  'password',
  'newpassword',
  'currentpassword',
  'oldpassword',
  'passwd',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'bearer',
  'secret',
  'clientsecret',
  'authorization',
  'cookie',
  'setcookie',
  'iban',
  'code',
  'totp',
  'otp',
  'authcode',
  'apikey',
  'privatekey',
]);

function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[-_]/g, '');
  return SECRET_KEYS.has(plain) || plain.endsWith('token') || plain.endsWith('password');
}

/** "Bearer <anything>" in a header quoted into a message */
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** a JWT: three base64url parts, the first two starting like JSON ("eyJ") */
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
/** an opaque token: a long run of base64url (refresh tokens, keys); ids stay well below */
const LONG_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}={0,2}(?![A-Za-z0-9_-])/g;
/** key=value or "key": "value" pairs of a secret key inside free text */
const SECRET_PAIR =
  /(["']?)(password|passwd|pwd|pw|pass|token|access_token|refresh_token|secret|authorization|iban|code|otp)\1(\s*[:=]\s*)(["']?)[^\s"',;&}]+\4/gi;
/** IBAN candidates: two letters, two digits, then 11–30 letters and digits, spaces allowed */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/gi;
/** e-mail addresses (optional: names a person, but is no secret) */
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;

export interface RedactOptions {
  /** also hide e-mail addresses (default false: support needs to see which account) */
  emails?: boolean;
}

/** An IBAN in free text only when its check digits hold (so "DE12 order numbers" survive). */
function redactIbans(text: string): string {
  return text.replace(IBAN_CANDIDATE, (candidate) => {
    // a match may run into the next word: try the longest valid prefix
    const compact = candidate.replace(/ /g, '').toUpperCase();
    for (let end = compact.length; end >= 15; end--) {
      const iban = electronicFormatIBAN(compact.slice(0, end));
      if (iban && isValidIBAN(iban)) return REDACTED + compact.slice(end);
    }
    return candidate;
  });
}

/** A message with tokens, secret pairs, IBANs (and optionally e-mails) replaced. */
export function redactText(text: string, options: RedactOptions = {}): string {
  let out = text
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(
      SECRET_PAIR,
      (_m, quote: string, key: string, sep: string, vq: string) =>
        `${quote}${key}${quote}${sep}${vq}${REDACTED}${vq}`,
    );
  out = redactIbans(out);
  out = out.replace(LONG_TOKEN, REDACTED);
  if (options.emails) out = out.replace(EMAIL, REDACTED);
  return out;
}

const MAX_DEPTH = 8;

/**
 * Any value with secrets taken out: strings redacted, secret keys' values replaced at any
 * depth, errors reduced to name and redacted message. Returns a copy; cycles end as "[cycle]".
 */
export function redactValue(value: unknown, options: RedactOptions = {}): unknown {
  const seen = new WeakSet<object>();
  const walk = (item: unknown, depth: number): unknown => {
    if (typeof item === 'string') return redactText(item, options);
    if (item === null || typeof item !== 'object') return item;
    if (seen.has(item)) return '[cycle]';
    if (depth >= MAX_DEPTH) return '[deep]';
    seen.add(item);
    if (item instanceof Error) {
      return { name: item.name, message: redactText(item.message, options) };
    }
    if (Array.isArray(item)) return item.map((entry) => walk(entry, depth + 1));
    if (item instanceof Date) return item;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(item)) {
      out[key] = isSecretKey(key) && entry != null ? REDACTED : walk(entry, depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}

/** The metadata of a log call, redacted (undefined stays undefined). */
export function redactMeta(
  meta: Record<string, unknown> | undefined,
  options: RedactOptions = {},
): Record<string, unknown> | undefined {
  return meta === undefined ? undefined : (redactValue(meta, options) as Record<string, unknown>);
}
