import { describe, expect, it } from 'vitest';
import {
  checkBic,
  checkEmail,
  checkIban,
  formatIbanForDisplay,
  isValidCreditorId,
  maskIban,
  normalizeIban,
  vatAmount,
} from './billing-rules';

describe('IBAN', () => {
  it.each([
    // the public examples of the German, British and Austrian banking associations
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'AT611904300234573201',
    // as people type or paste them
    'DE89 3704 0044 0532 0130 00',
    'de89370400440532013000',
    ' GB82 WEST 1234 5698 7654 32 ',
    'DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000',
  ])('accepts %j', (iban) => {
    expect(checkIban(iban)).toBeNull();
  });

  it.each([
    ['wrong check digits', 'DE88370400440532013000'],
    ['a swapped digit', 'DE89370400440532031000'],
    ['wrong check digits (GB)', 'GB83WEST12345698765432'],
    ['too short for DE', 'DE8937040044053201300'],
    ['too long for DE', 'DE893704004405320130000'],
    ['too short for AT', 'AT61190430023457320'],
    ['letters in a numeric BBAN', 'DE89370400440532O13000'],
    ['digits where GB has the bank code', 'GB82123412345698765432'],
    ['unknown country', 'XX89370400440532013000'],
    ['empty', ''],
    ['only spaces', '    '],
    ['symbols', 'DE89-3704/0044.0532.0130.00!'],
  ])('refuses %s', (_why, iban) => {
    expect(checkIban(iban)).toBe('iban_invalid');
  });

  it('normalizes and formats in groups of four while typing', () => {
    expect(normalizeIban(' de89 3704\t0044 ')).toBe('DE8937040044');
    expect(formatIbanForDisplay('de8937040')).toBe('DE89 3704 0');
    expect(formatIbanForDisplay('DE89 37 04 0044 0532 0130 00')).toBe(
      'DE89 3704 0044 0532 0130 00',
    );
    expect(formatIbanForDisplay('')).toBe('');
  });

  it('masks all but country, check digits and the last four', () => {
    expect(maskIban('DE89370400440532013000')).toBe('DE89 •••• •••• •••• ••30 00');
    expect(maskIban('at61 1904 3002 3457 3201')).toBe('AT61 •••• •••• •••• 3201');
    expect(maskIban('GB82WEST12345698765432')).toBe('GB82 •••• •••• •••• ••54 32');
    expect(maskIban('DE89370400440532013000')).not.toContain('0532');
  });
});

describe('BIC', () => {
  it.each(['COBADEFFXXX', 'DEUTDEDB', 'deutdedbber', 'COBA DE FF XXX', 'GENODEF1S04'])(
    'accepts %j',
    (bic) => {
      expect(checkBic(bic)).toBeNull();
    },
  );

  it.each([
    ['too short', 'DEUTDE'],
    ['nine characters', 'DEUTDEDB1'],
    ['twelve characters', 'COBADEFFXXXX'],
    ['digits in the bank code', 'C0BADEFFXXX'],
    ['unknown country', 'COBAXXFFXXX'],
    ['symbols', 'COBA-DEFF'],
    ['empty', ''],
  ])('refuses %s', (_why, bic) => {
    expect(checkBic(bic)).toBe('bic_invalid');
  });
});

describe('creditor identifier', () => {
  it('accepts the Bundesbank test identifier and computed valid ones', () => {
    expect(isValidCreditorId('DE98ZZZ09999999999')).toBe(true);
    expect(isValidCreditorId('de98 zzz0 9999 9999 99')).toBe(true);
    // the business code is not part of the check
    expect(isValidCreditorId('DE98ABC09999999999')).toBe(true);
    expect(isValidCreditorId('DE79ZZZ01234567890')).toBe(true);
  });

  it.each([
    ['wrong check digits', 'DE97ZZZ09999999999'],
    ['wrong check digits (2)', 'DE02ZZZ01234567890'],
    ['too short', 'DE98ZZZ0999999999'],
    ['too long', 'DE98ZZZ099999999999'],
    ['national part not starting with 0', 'DE98ZZZ19999999999'],
    ['letters in the German national part', 'DE98ZZZ0999999999A'],
    ['no country', '9898ZZZ09999999999'],
    ['empty', ''],
  ])('refuses %s', (_why, id) => {
    expect(isValidCreditorId(id)).toBe(false);
  });
});

describe('VAT', () => {
  it('rounds each line half up', () => {
    expect(vatAmount(1499, 19)).toBe(285); // 284.81
    expect(vatAmount(4900, 19)).toBe(931);
    expect(vatAmount(50, 19)).toBe(10); // 9.5 → 10
    expect(vatAmount(150, 19)).toBe(29); // 28.5 → 29
    expect(vatAmount(2, 19)).toBe(0); // 0.38
    expect(vatAmount(3, 19)).toBe(1); // 0.57
    expect(vatAmount(0, 19)).toBe(0);
    expect(vatAmount(1000, 7)).toBe(70);
    expect(vatAmount(1000, 0)).toBe(0);
  });

  it('mirrors negative amounts (credits)', () => {
    expect(vatAmount(-50, 19)).toBe(-10);
    expect(vatAmount(-1499, 19)).toBe(-285);
  });
});

describe('e-mail', () => {
  it.each(['rechnung@muster-webdesign.example', 'a.b+c@sub.example.de', ' x@y.de '])(
    'accepts %j',
    (email) => {
      expect(checkEmail(email)).toBeNull();
    },
  );

  it.each([
    '',
    'rechnung',
    'rechnung@',
    '@example.de',
    'a@b',
    'a b@example.de',
    'a@@example.de',
    'a@example..de',
    'a@-example.de',
    `${'x'.repeat(250)}@example.de`,
  ])('refuses %j', (email) => {
    expect(checkEmail(email)).toBe('email_invalid');
  });
});
