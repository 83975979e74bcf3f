/**
 * The live VAT ID check of the Kundeninformationen form (an i18n key, or undefined when fine).
 * The format table itself is shared with the server: src/shared/team/vat-id.ts.
 */
const FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  ES: /^ES[0-9A-Z]\d{7}[0-9A-Z]$/,
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
  IT: /^IT\d{11}$/,
  LU: /^LU\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  CH: /^CHE\d{9}(MWST|TVA|IVA)?$/,
};

export function checkVat(vatId: string, country: string): string | undefined {
  const format = FORMATS[country];
  if (!format) return undefined;
  return format.test(vatId) ? undefined : 'errors.field.vat_id_invalid';
}

/**
 * The check while typing: quiet while the ID may still be incomplete, but at once when it
 * starts with another country's prefix than the address's.
 */
export function vatLiveError(value: string, country: string): string | undefined {
  const v = value.replace(/[\s.-]/g, '').toUpperCase();
  if (v === '' || !FORMATS[country]) return undefined;
  const prefix = country === 'CH' ? 'CHE' : country === 'AT' ? 'ATU' : country;
  const typedPrefix = v.slice(0, Math.min(v.length, prefix.length));
  if (typedPrefix !== prefix.slice(0, typedPrefix.length)) return 'errors.field.vat_id_invalid';
  return v.length >= 11 ? checkVat(v, country) : undefined;
}
