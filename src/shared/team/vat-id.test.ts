import { describe, expect, it } from 'vitest';
import { checkVatId, normalizeVatId, VAT_ID_FORMATS, vatIdExample } from './vat-id';

describe('VAT IDs per country', () => {
  it('accepts the usual German, Austrian, Dutch and French numbers, typed with spaces', () => {
    expect(checkVatId('DE123456789', 'DE')).toEqual({ ok: true, normalized: 'DE123456789' });
    expect(checkVatId('de 123 456 789', 'DE')).toEqual({ ok: true, normalized: 'DE123456789' });
    expect(checkVatId('ATU12345678', 'AT').ok).toBe(true);
    expect(checkVatId('NL123456789B01', 'NL').ok).toBe(true);
    expect(checkVatId('FR 40 303265045', 'FR').ok).toBe(true);
    expect(checkVatId('IE1234567WA', 'IE').ok).toBe(true);
  });

  it('uses EL for Greece', () => {
    expect(checkVatId('EL123456789', 'GR').ok).toBe(true);
    expect(checkVatId('GR123456789', 'GR')).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a wrong length or letters where digits belong', () => {
    expect(checkVatId('DE12345678', 'DE')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatId('DE1234567890', 'DE')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatId('DE12345678X', 'DE')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatId('AT12345678', 'AT')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatId('SE123456789012', 'SE')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatId('', 'DE')).toEqual({ ok: false, reason: 'format' });
  });

  it('tells when a valid number of another EU country is given for the address', () => {
    expect(checkVatId('ATU12345678', 'DE')).toEqual({ ok: false, reason: 'country' });
  });

  it('accepts a plausible number outside the EU, refuses nonsense', () => {
    expect(checkVatId('CHE123456789', 'CH').ok).toBe(true);
    expect(checkVatId('12', 'CH').ok).toBe(false);
  });

  it('has a well-formed example for every EU country', () => {
    for (const [country, format] of Object.entries(VAT_ID_FORMATS)) {
      expect(checkVatId(format.example, country)).toEqual({
        ok: true,
        normalized: format.example,
      });
    }
    expect(Object.keys(VAT_ID_FORMATS)).toHaveLength(27);
    expect(vatIdExample('de')).toBe('DE123456789');
    expect(vatIdExample('US')).toBeNull();
    expect(normalizeVatId(' nl-123.456.789-b01 ')).toBe('NL123456789B01');
  });
});
