/** The IBAN field as typed: groups of four, the caret kept beside the character it was at. */
import { countrySpecs } from 'ibantools';
import { formatIbanForDisplay, normalizeIban } from '../../shared/billing-rules';

/** the longest IBAN there is (ISO 13616), without spaces */
export const IBAN_MAX_LENGTH = 34;
/** …and with a space after every group of four */
export const IBAN_DISPLAY_MAX_LENGTH = IBAN_MAX_LENGTH + Math.ceil(IBAN_MAX_LENGTH / 4) - 1;

/**
 * Regroup what the person typed into blocks of four and move the caret to the same place:
 * after as many letters and digits as it was after before.
 */
export function reformatIban(raw: string, caret: number): { value: string; caret: number } {
  const value = formatIbanForDisplay(normalizeIban(raw).slice(0, IBAN_MAX_LENGTH));
  const before = normalizeIban(raw.slice(0, Math.max(0, caret))).length;
  let position = 0;
  for (let seen = 0; position < value.length && seen < before; position++) {
    if (value[position] !== ' ') seen++;
  }
  return { value, caret: position };
}

/**
 * True once an IBAN has as many characters as its country prescribes (or more): from then on
 * a failed check is a mistake, not a number still being typed.
 */
export function ibanLooksComplete(value: string): boolean {
  const iban = normalizeIban(value);
  const length = countrySpecs[iban.slice(0, 2)]?.chars;
  return iban.length >= (length ?? IBAN_MAX_LENGTH);
}
