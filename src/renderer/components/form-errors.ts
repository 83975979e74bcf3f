/** Where an error belongs in a form: beside a field, or above the form. */
import type { AppError } from '../ipc';

/** field name → i18n key of its error */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

// errors main reports as a whole that clearly concern one field
const FIELD_OF_MESSAGE: Readonly<Record<string, string>> = {
  'errors.wrong_password': 'password',
  'errors.mfa_invalid_code': 'code',
  'errors.mfa_code_reused': 'code',
  'errors.reset_token_invalid': 'token',
  'errors.weak_password': 'password',
};

/**
 * Split an AppError for a form with the given fields: per-field keys from `fields` (or the one
 * field a known message concerns) go beside the fields; anything else stays a form error.
 */
export function splitError<F extends string>(
  error: AppError,
  formFields: readonly F[],
): { formError: AppError | null; fieldErrors: FieldErrors<F> } {
  const fieldErrors: FieldErrors<F> = {};
  const isField = (name: string): name is F => (formFields as readonly string[]).includes(name);
  for (const [path, key] of Object.entries(error.fields ?? {})) {
    // the server names nested fields by path ("address.postalCode"); the forms are flat
    const name = isField(path) ? path : (path.split('.').pop() ?? path);
    if (isField(name)) fieldErrors[name] = key;
  }
  if (Object.keys(fieldErrors).length > 0) return { formError: null, fieldErrors };
  const field = FIELD_OF_MESSAGE[error.messageKey];
  if (field !== undefined && isField(field)) {
    fieldErrors[field] = error.messageKey;
    return { formError: null, fieldErrors };
  }
  return { formError: error, fieldErrors };
}

/** True when there is at least one field error. */
export function hasFieldErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some((key) => key !== undefined);
}
