import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ipcTable } from '../../../shared/ipc';
import { ApiError } from '../api/api-error';
import { errorFromResponse } from '../api/api-error';
import { fieldsFromZod, toIpcError } from './error-map';

describe('error map for billing', () => {
  it('gives the billing conflicts and the step-up their own message keys', () => {
    for (const [status, code] of [
      [409, 'mandate_required'],
      [409, 'mandate_exists'],
      [409, 'mandate_revoked'],
      [403, 'step_up_required'],
    ] as const) {
      expect(toIpcError(new ApiError(status, code))).toEqual({
        code,
        messageKey: `errors.${code}`,
      });
    }
  });

  it('maps the per-field codes of a 422 to field keys', () => {
    const error = errorFromResponse(
      422,
      {
        code: 'validation_failed',
        errors: [
          { field: 'iban', code: 'iban_invalid' },
          { field: '/bic', code: 'bic_invalid' },
          { field: 'consent', code: 'consent_required' },
          { field: 'accountHolder', code: 'account_holder_required' },
          { field: 'email', code: 'email_invalid' },
          { field: 'userIds', code: 'user_unknown' },
          { field: 'other', code: 'something_new' },
        ],
      },
      undefined,
      0,
    );
    expect(toIpcError(error)).toEqual({
      code: 'validation_failed',
      messageKey: 'errors.validation_failed',
      fields: {
        iban: 'errors.field.iban_invalid',
        bic: 'errors.field.bic_invalid',
        consent: 'errors.field.consent_required',
        accountHolder: 'errors.field.account_holder_required',
        email: 'errors.field.email_invalid',
        userIds: 'errors.field.user_unknown',
        other: 'errors.field.invalid',
      },
    });
  });

  it('gives the SEPA form the same field keys when the input check refuses it', () => {
    const input = ipcTable['sepa:create'].input.safeParse({
      accountHolder: '  ',
      iban: '',
      bic: 'X'.repeat(12),
      consent: false,
      password: 'pw',
    });
    expect(input.success).toBe(false);
    if (!input.success) {
      expect(fieldsFromZod(input.error)).toEqual({
        accountHolder: 'errors.field.account_holder_required',
        iban: 'errors.field.iban_invalid',
        bic: 'errors.field.bic_invalid',
        consent: 'errors.field.consent_required',
      });
    }
    const missing = z.object({ iban: z.string() }).safeParse({});
    if (!missing.success)
      expect(fieldsFromZod(missing.error)).toEqual({ iban: 'errors.field.required' });
  });
});
