import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../api/api-error';
import { toIpcError } from './error-map';

describe('problem details as message params', () => {
  it('names the domains that still use a contact', () => {
    const error = errorFromResponse(
      409,
      { code: 'contact_in_use', domains: ['muster-webdesign.de', 'muster-shop.de'] },
      undefined,
      0,
    );
    expect(toIpcError(error)).toMatchObject({
      code: 'contact_in_use',
      params: { domains: 'muster-webdesign.de, muster-shop.de' },
    });
  });

  it('names the missing right of a refusal', () => {
    const error = errorFromResponse(403, { code: 'forbidden', right: 'invoices' }, undefined, 0);
    expect(toIpcError(error)).toEqual({
      code: 'forbidden',
      messageKey: 'errors.forbidden',
      params: { right: 'invoices' },
    });
  });

  it('passes on nothing else of the problem body', () => {
    const error = errorFromResponse(
      409,
      {
        code: 'contact_in_use',
        type: 'https://kundencenter.example/problems/contact_in_use',
        detail: 'in use',
        domains: [1, 2],
        secret: 'x',
      },
      undefined,
      0,
    );
    expect(toIpcError(error).params).toBeUndefined();
  });
});
