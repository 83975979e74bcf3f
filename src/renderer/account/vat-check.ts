/**
 * The VAT ID checks of the Kundeninformationen form (i18n keys, undefined when fine), on the
 * format table the server uses too (src/shared/team/vat-id.ts), so both agree.
 */
import { checkVatId, normalizeVatId, VAT_ID_FORMATS } from '../../shared/team/vat-id';

export function checkVat(vatId: string, country: string): string | undefined {
  const check = checkVatId(vatId, country);
  if (check.ok) return undefined;
  return check.reason === 'country' ? 'errors.field.vat_id_country' : 'errors.field.vat_id_invalid';
}

/**
 * The check while typing: quiet while the ID may still be incomplete, but at once when it
 * starts with another prefix than the address's country's.
 */
export function vatLiveError(value: string, country: string): string | undefined {
  const v = normalizeVatId(value);
  const format = VAT_ID_FORMATS[country];
  if (v === '' || !format) return undefined;
  const typed = v.slice(0, Math.min(v.length, format.prefix.length));
  if (typed !== format.prefix.slice(0, typed.length)) return checkVat(v, country);
  return v.length >= format.example.length ? checkVat(v, country) : undefined;
}
