import { describe, expect, it } from 'vitest';
import { checkVat, vatLiveError } from './vat-check';

describe('VAT ID in the customer form', () => {
  it('accepts the format of the address country and names a mismatch', () => {
    expect(checkVat('DE123456789', 'DE')).toBeUndefined();
    expect(checkVat('DE12345678', 'DE')).toBe('errors.field.vat_id_invalid');
    expect(checkVat('ATU12345678', 'DE')).toBe('errors.field.vat_id_country');
  });

  it('stays quiet while an ID is typed, but speaks up at a wrong prefix or once complete', () => {
    expect(vatLiveError('DE1234', 'DE')).toBeUndefined();
    expect(vatLiveError('de 123 456 78', 'DE')).toBeUndefined();
    expect(vatLiveError('DE1234567890', 'DE')).toBe('errors.field.vat_id_invalid');
    expect(vatLiveError('NL', 'DE')).toBe('errors.field.vat_id_invalid');
    expect(vatLiveError('ATU12345678', 'DE')).toBe('errors.field.vat_id_country');
  });
});
