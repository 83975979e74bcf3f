import { describe, expect, it } from 'vitest';
import { isValidCreditorId } from '../../../src/shared/billing-rules';
import { PROVIDER } from './provider';
import { mandateReference, validateMandate } from './sepa';

describe('SEPA mandate input', () => {
  it('normalizes a valid mandate', () => {
    expect(
      validateMandate({
        accountHolder: '  Muster   Webdesign GmbH ',
        iban: 'de89 3704 0044 0532 0130 00',
        bic: ' cobadeffxxx ',
        consent: true,
      }),
    ).toEqual({
      accountHolder: 'Muster Webdesign GmbH',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    });
    expect(
      validateMandate({ accountHolder: 'E. M.', iban: 'AT611904300234573201', consent: true }),
    ).toMatchObject({ bic: null });
    expect(
      validateMandate({
        accountHolder: 'E. M.',
        iban: 'AT611904300234573201',
        bic: '',
        consent: true,
      }),
    ).toMatchObject({ bic: null });
  });

  it('reports every invalid field at once', () => {
    expect(
      validateMandate({ accountHolder: ' ', iban: 'DE00123', bic: 'XX', consent: false }),
    ).toEqual([
      { field: 'accountHolder', code: 'account_holder_required' },
      { field: 'iban', code: 'iban_invalid' },
      { field: 'bic', code: 'bic_invalid' },
      { field: 'consent', code: 'consent_required' },
    ]);
    expect(validateMandate({})).toEqual([
      { field: 'accountHolder', code: 'account_holder_required' },
      { field: 'iban', code: 'iban_invalid' },
      { field: 'consent', code: 'consent_required' },
    ]);
  });

  it('builds references from the customer number and counter', () => {
    expect(mandateReference('K-100234', 1)).toBe('CMO-K100234-0001');
    expect(mandateReference('K-100234', 12)).toBe('CMO-K100234-0012');
  });

  it('uses a valid creditor identifier', () => {
    expect(isValidCreditorId(PROVIDER.creditorId)).toBe(true);
  });
});
