/** Turns whatever a handler threw into the `{code, messageKey}` the renderer can show. */
import type { z } from 'zod';
import type { IpcError } from '../../../shared/domain';
import { ApiError, type ProblemDetails } from '../api/api-error';
import { PRODUCTS_ERROR_CODES, PRODUCTS_FIELD_KEYS } from '../products/errors';
import { SUPPORT_ERROR_CODES, SUPPORT_FIELD_KEYS } from '../support/errors';
import { DOMAINS_ERROR_CODES, DOMAINS_FIELD_KEYS } from '../domains/errors';
import { SECURITY_ERROR_CODES, SECURITY_FIELD_KEYS } from '../security/errors';
import { PAYMENTS_ERROR_CODES } from '../payments/errors';
import { TEAM_ERROR_CODES, TEAM_FIELD_KEYS } from '../team/errors';

/** API codes the renderer has a message for; anything else becomes errors.unknown. */
const KNOWN_CODES = new Set([
  'wrong_password',
  'account_locked',
  'mfa_invalid_code',
  'mfa_code_reused',
  'mfa_token_invalid',
  'reset_token_invalid',
  'weak_password',
  'validation_failed',
  'session_expired',
  'forbidden',
  'rate_limited',
  'server_error',
  'mandate_required',
  'mandate_exists',
  'mandate_revoked',
  'step_up_required',
  ...PRODUCTS_ERROR_CODES,
  ...TEAM_ERROR_CODES,
  ...SUPPORT_ERROR_CODES,
  ...DOMAINS_ERROR_CODES,
  ...SECURITY_ERROR_CODES,
  ...PAYMENTS_ERROR_CODES,
]);

/** Per-field codes from the server or zod, as i18n keys. */
const FIELD_KEYS: Record<string, string> = {
  weak_password: 'errors.field.weak_password',
  required: 'errors.field.required',
  email_invalid: 'errors.field.email_invalid',
  code_format: 'errors.field.code_format',
  iban_invalid: 'errors.field.iban_invalid',
  bic_invalid: 'errors.field.bic_invalid',
  consent_required: 'errors.field.consent_required',
  account_holder_required: 'errors.field.account_holder_required',
  user_unknown: 'errors.field.user_unknown',
  ...PRODUCTS_FIELD_KEYS,
  ...TEAM_FIELD_KEYS,
  ...SUPPORT_FIELD_KEYS,
  ...DOMAINS_FIELD_KEYS,
  ...SECURITY_FIELD_KEYS,
};

/** Form fields whose input check failing has one obvious message, whatever zod's reason. */
const FIELD_BY_NAME: Record<string, string> = {
  email: 'email_invalid',
  code: 'code_format',
  iban: 'iban_invalid',
  bic: 'bic_invalid',
  consent: 'consent_required',
  accountHolder: 'account_holder_required',
};

export function toIpcError(error: unknown): IpcError {
  if (error instanceof ApiError) {
    if (error.offline) return { code: 'offline', messageKey: 'errors.offline' };
    const code =
      error.status >= 500 ? 'server_error' : error.status === 429 ? 'rate_limited' : error.code;
    const known = KNOWN_CODES.has(code);
    const result: IpcError = { code, messageKey: known ? `errors.${code}` : 'errors.unknown' };
    if (error.retryAfter !== undefined) result.retryAfter = error.retryAfter;
    if (error.fields) {
      result.fields = Object.fromEntries(
        Object.entries(error.fields).map(([field, fieldCode]) => [
          field,
          FIELD_KEYS[fieldCode] ?? 'errors.field.invalid',
        ]),
      );
    }
    if (error.details) result.params = paramsOf(error.details);
    return result;
  }
  return { code: 'internal', messageKey: 'errors.unknown' };
}

/** Problem details as message placeholders: a list reads as "a.de, b.de". */
function paramsOf(details: ProblemDetails): Record<string, string> {
  return Object.fromEntries(
    Object.entries(details).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
}

/** The fields a zod input check refused, with a message key each. */
export function fieldsFromZod(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (fields[field]) continue;
    const named = FIELD_BY_NAME[field];
    if (field === 'accountHolder' || field === 'consent') fields[field] = FIELD_KEYS[named!]!;
    else if (issue.code === 'invalid_type' && issue.input === undefined)
      fields[field] = FIELD_KEYS.required!;
    else if (named) fields[field] = FIELD_KEYS[named]!;
    else fields[field] = 'errors.field.invalid';
  }
  return fields;
}
