import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc';
import { splitError } from './form-errors';

const err = (messageKey: string, fields?: Record<string, string>) =>
  new AppError({ code: 'x', messageKey, ...(fields ? { fields } : {}) });

describe('splitError', () => {
  it('puts per-field keys beside their fields', () => {
    const { formError, fieldErrors } = splitError(
      err('errors.validation_failed', { email: 'errors.field.email_invalid' }),
      ['email', 'password'],
    );
    expect(formError).toBeNull();
    expect(fieldErrors).toEqual({ email: 'errors.field.email_invalid' });
  });

  it('puts a nested field the server names by path beside the flat form field', () => {
    const { formError, fieldErrors } = splitError(
      err('errors.validation_failed', { 'address.postalCode': 'errors.field.postal_code_invalid' }),
      ['street', 'postalCode'],
    );
    expect(formError).toBeNull();
    expect(fieldErrors).toEqual({ postalCode: 'errors.field.postal_code_invalid' });
  });

  it('ties a message about one field to that field', () => {
    expect(splitError(err('errors.wrong_password'), ['email', 'password']).fieldErrors).toEqual({
      password: 'errors.wrong_password',
    });
    expect(splitError(err('errors.mfa_code_reused'), ['code']).fieldErrors).toEqual({
      code: 'errors.mfa_code_reused',
    });
  });

  it('keeps everything else a form error', () => {
    const error = err('errors.offline');
    expect(splitError(error, ['email'])).toEqual({ formError: error, fieldErrors: {} });
    const foreign = err('errors.validation_failed', { iban: 'errors.field.required' });
    expect(splitError(foreign, ['email']).formError).toBe(foreign);
  });
});
