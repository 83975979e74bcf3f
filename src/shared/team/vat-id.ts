/**
 * VAT identification numbers (USt-IdNr.) of the EU member states: the format per country, as
 * the VIES service documents it. Pure, shared by the server (PATCH /v1/account answers 422
 * `vat_id_invalid`) and the form in the renderer, so both agree. Only the format is checked,
 * not whether the number exists (that would be VIES, which the sandbox does not ask).
 */

export interface VatIdFormat {
  /** the prefix of the number (Greece uses EL, not GR) */
  prefix: string;
  /** the part after the prefix, without spaces, dots or dashes */
  pattern: RegExp;
  /** a well-formed example, for hints */
  example: string;
}

/** ISO 3166-1 alpha-2 country → format. */
export const VAT_ID_FORMATS: Readonly<Record<string, VatIdFormat>> = {
  AT: { prefix: 'AT', pattern: /^U\d{8}$/, example: 'ATU12345678' },
  BE: { prefix: 'BE', pattern: /^[01]\d{9}$/, example: 'BE0123456789' },
  BG: { prefix: 'BG', pattern: /^\d{9,10}$/, example: 'BG123456789' },
  CY: { prefix: 'CY', pattern: /^\d{8}[A-Z]$/, example: 'CY12345678X' },
  CZ: { prefix: 'CZ', pattern: /^\d{8,10}$/, example: 'CZ12345678' },
  DE: { prefix: 'DE', pattern: /^\d{9}$/, example: 'DE123456789' },
  DK: { prefix: 'DK', pattern: /^\d{8}$/, example: 'DK12345678' },
  EE: { prefix: 'EE', pattern: /^\d{9}$/, example: 'EE123456789' },
  ES: { prefix: 'ES', pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, example: 'ESX1234567X' },
  FI: { prefix: 'FI', pattern: /^\d{8}$/, example: 'FI12345678' },
  FR: { prefix: 'FR', pattern: /^[A-HJ-NP-Z0-9]{2}\d{9}$/, example: 'FRXX123456789' },
  GR: { prefix: 'EL', pattern: /^\d{9}$/, example: 'EL123456789' },
  HR: { prefix: 'HR', pattern: /^\d{11}$/, example: 'HR12345678901' },
  HU: { prefix: 'HU', pattern: /^\d{8}$/, example: 'HU12345678' },
  IE: {
    prefix: 'IE',
    pattern: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
    example: 'IE1234567WA',
  },
  IT: { prefix: 'IT', pattern: /^\d{11}$/, example: 'IT12345678901' },
  LT: { prefix: 'LT', pattern: /^(\d{9}|\d{12})$/, example: 'LT123456789' },
  LU: { prefix: 'LU', pattern: /^\d{8}$/, example: 'LU12345678' },
  LV: { prefix: 'LV', pattern: /^\d{11}$/, example: 'LV12345678901' },
  MT: { prefix: 'MT', pattern: /^\d{8}$/, example: 'MT12345678' },
  NL: { prefix: 'NL', pattern: /^\d{9}B\d{2}$/, example: 'NL123456789B01' },
  PL: { prefix: 'PL', pattern: /^\d{10}$/, example: 'PL1234567890' },
  PT: { prefix: 'PT', pattern: /^\d{9}$/, example: 'PT123456789' },
  RO: { prefix: 'RO', pattern: /^[1-9]\d{1,9}$/, example: 'RO1234567890' },
  SE: { prefix: 'SE', pattern: /^\d{10}01$/, example: 'SE123456789001' },
  SI: { prefix: 'SI', pattern: /^\d{8}$/, example: 'SI12345678' },
  SK: { prefix: 'SK', pattern: /^\d{10}$/, example: 'SK1234567890' },
};

/** Outside the EU: two letters and 2–13 letters or digits (no per-country rule known). */
const OTHER = /^[A-Z]{2}[A-Z0-9]{2,13}$/;

/** Upper case, without spaces, dots and dashes: `de 123.456-789` → `DE123456789`. */
export function normalizeVatId(raw: string): string {
  return raw.toUpperCase().replace(/[\s.-]/g, '');
}

export type VatIdCheck =
  | { ok: true; normalized: string }
  /** format: not a VAT ID of that country; country: the prefix names another EU country */
  | { ok: false; reason: 'format' | 'country' };

/** Checks a VAT ID against the format of the country of the address (ISO alpha-2). */
export function checkVatId(raw: string, country: string): VatIdCheck {
  const normalized = normalizeVatId(raw);
  const format = VAT_ID_FORMATS[country.toUpperCase()];
  if (!format) return OTHER.test(normalized) ? { ok: true, normalized } : fail('format');
  if (!normalized.startsWith(format.prefix)) {
    const other = Object.values(VAT_ID_FORMATS).some(
      (f) => normalized.startsWith(f.prefix) && f.pattern.test(normalized.slice(2)),
    );
    return fail(other ? 'country' : 'format');
  }
  return format.pattern.test(normalized.slice(format.prefix.length))
    ? { ok: true, normalized }
    : fail('format');
}

function fail(reason: 'format' | 'country'): VatIdCheck {
  return { ok: false, reason };
}

/** A well-formed example for the country, or null outside the EU. */
export function vatIdExample(country: string): string | null {
  return VAT_ID_FORMATS[country.toUpperCase()]?.example ?? null;
}
