import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { epcAmount, GIROCODE_MAX_BYTES, giroCodePayload, qrMatrix } from './girocode';

const TRANSFER = {
  name: 'CMO Hosting GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  amountCents: 8805,
  reference: 'RE-2026-004711',
};

describe('the GiroCode payload (EPC069-12, version 002)', () => {
  it('has its eleven fields in order: tag, version, UTF-8, SCT, BIC, name, IBAN, amount, purpose, references', () => {
    expect(giroCodePayload(TRANSFER).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'CMO Hosting GmbH',
      'DE89370400440532013000',
      'EUR88.05',
      '',
      '',
      'RE-2026-004711',
    ]);
  });

  it('separates fields by LF with no line feed after the last one', () => {
    const payload = giroCodePayload(TRANSFER);
    expect(payload).not.toMatch(/\r|\n$/);
  });

  it('leaves the BIC out when there is none (allowed in version 002)', () => {
    expect(giroCodePayload({ ...TRANSFER, bic: undefined }).split('\n')[4]).toBe('');
  });

  it.each([
    [1, 'EUR0.01'],
    [100, 'EUR1.00'],
    [123456, 'EUR1234.56'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('writes %i cents as %s (decimal point, two decimals, no grouping)', (cents, text) => {
    expect(epcAmount(cents)).toBe(text);
  });

  it.each([0, -1, 1.5, 100_000_000_000])('refuses an amount of %s cents', (cents) => {
    expect(() => epcAmount(cents)).toThrow();
  });

  it('refuses what the guideline does not allow', () => {
    expect(() => giroCodePayload({ ...TRANSFER, name: '' })).toThrow('name');
    expect(() => giroCodePayload({ ...TRANSFER, name: 'x'.repeat(71) })).toThrow('name');
    expect(giroCodePayload({ ...TRANSFER, name: 'ä'.repeat(70) })).toContain('ä'.repeat(70));
    expect(() => giroCodePayload({ ...TRANSFER, iban: 'DE89 3704 0044 0532 0130 01' })).toThrow(
      'iban',
    );
    expect(() => giroCodePayload({ ...TRANSFER, bic: 'NOTABIC' })).toThrow('bic');
    expect(() => giroCodePayload({ ...TRANSFER, reference: 'r'.repeat(141) })).toThrow('reference');
    expect(() => giroCodePayload({ ...TRANSFER, reference: 'RE-1\nBCD' })).toThrow('line break');
  });

  it('stays within 331 bytes at the longest fields', () => {
    const longest = giroCodePayload({
      ...TRANSFER,
      name: 'N'.repeat(70),
      amountCents: 99_999_999_999,
      reference: 'R'.repeat(140),
    });
    expect(Buffer.byteLength(longest)).toBeLessThanOrEqual(GIROCODE_MAX_BYTES);
    // multi-byte characters count as bytes
    expect(() =>
      giroCodePayload({ ...TRANSFER, name: '€'.repeat(70), reference: '€'.repeat(140) }),
    ).toThrow('too long');
  });
});

describe('the QR matrix', () => {
  it('is qrcode’s module matrix at error correction M, row by row', () => {
    const payload = giroCodePayload(TRANSFER);
    const matrix = qrMatrix(payload);
    const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    expect(matrix.modules).toBe(Array.from(qr.modules.data, (dark) => (dark ? '1' : '0')).join(''));
    // error correction M, as the guideline asks (its format bits are 00)
    expect(qr.errorCorrectionLevel.bit).toBe(0);
    const low = QRCode.create(payload, { errorCorrectionLevel: 'L' });
    expect(Array.from(low.modules.data, (dark) => (dark ? '1' : '0')).join('')).not.toBe(
      matrix.modules,
    );
    expect(matrix.size).toBe(qr.modules.size);
    expect(matrix.modules).toHaveLength(matrix.size * matrix.size);
    // the finder pattern's top row: seven dark modules in the top-left corner
    expect(matrix.modules.slice(0, 7)).toBe('1111111');
    // EPC069-12 allows at most version 13 (69 modules a side)
    expect(matrix.size).toBeLessThanOrEqual(69);
  });
});
