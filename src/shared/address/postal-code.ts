/**
 * Postal codes per country, as the national posts write them. Pure, shared by the server
 * (PATCH /v1/account and the contacts answer 422 `postal_code_invalid` at `address.postalCode`)
 * and the forms in the renderer, so both agree. A country without a rule here takes any code
 * (the field is still required): refusing a valid address is worse than missing a typo.
 */

interface PostalCodeRule {
  /** the code after normalising (upper case, single spaces) */
  pattern: RegExp;
  /** a well-formed example, for hints */
  example: string;
  /** the written form, from a matching normalised code */
  format?: (code: string) => string;
}

// Royal Mail: outward code (area, district) and inward code (sector, unit)
const GB_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/;

/** ISO 3166-1 alpha-2 country → rule. */
export const POSTAL_CODE_RULES: Readonly<Record<string, PostalCodeRule>> = {
  DE: { pattern: /^\d{5}$/, example: '10115' },
  AT: { pattern: /^[1-9]\d{3}$/, example: '1010' },
  CH: { pattern: /^[1-9]\d{3}$/, example: '8001' },
  LI: { pattern: /^94(8[5-9]|9[0-8])$/, example: '9490' },
  NL: {
    // four digits (no leading zero) and two letters, never SA, SD or SS
    pattern: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/,
    example: '1011 AB',
    format: (code) => `${code.slice(0, 4)} ${code.slice(-2)}`,
  },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
  LU: { pattern: /^(L-)?\d{4}$/, example: '1111', format: (code) => code.replace(/^L-/, '') },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  PL: {
    pattern: /^\d{2}-?\d{3}$/,
    example: '00-950',
    format: (c) => `${c.slice(0, 2)}-${c.slice(-3)}`,
  },
  DK: { pattern: /^[1-9]\d{3}$/, example: '1050' },
  GB: {
    pattern: GB_POSTCODE,
    example: 'SW1A 1AA',
    format: (code) => {
      const compact = code.replace(/ /g, '');
      return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
    },
  },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '20500' },
};

export type PostalCodeCheck =
  { ok: true; normalized: string } | { ok: false; reason: 'required' | 'format'; example?: string };

/** Checks a postal code for a country and gives it in its written form. */
export function checkPostalCode(raw: string, country: string): PostalCodeCheck {
  const code = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (code === '') return { ok: false, reason: 'required' };
  const rule = POSTAL_CODE_RULES[country];
  if (!rule) return { ok: true, normalized: raw.trim() };
  if (!rule.pattern.test(code)) return { ok: false, reason: 'format', example: rule.example };
  return { ok: true, normalized: rule.format ? rule.format(code) : code };
}

/** A well-formed example for the country's postal codes, or null where no rule applies. */
export function postalCodeExample(country: string): string | null {
  return POSTAL_CODE_RULES[country]?.example ?? null;
}
