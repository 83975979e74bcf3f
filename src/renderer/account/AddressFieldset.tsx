import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '../format';
import { COUNTRIES } from './account-form';
import { usePostalHint } from './use-postal-hint';

type AddressLine = 'street' | 'postalCode' | 'city';

/** the lines before the country, with what the browser may fill in */
const LINES = [
  { field: 'street', autoComplete: 'street-address' },
  { field: 'postalCode', autoComplete: 'postal-code' },
  { field: 'city', autoComplete: 'address-level2' },
] as const satisfies readonly { field: AddressLine; autoComplete: string }[];

interface AddressFieldsetProps {
  /** the form's prefix of field ids ('account' → account-country) */
  idPrefix: string;
  country: string;
  onCountryChange: (country: string) => void;
  /** the form's own text field for a line (bound to its store, with its labels and errors) */
  line: (props: {
    field: AddressLine;
    autoComplete: string;
    required: true;
    hint?: string | undefined;
  }) => ReactNode;
}

/**
 * The postal address of customer data and of a contact: street, postal code (with the
 * format the chosen country expects), city and country. A country outside the list (kept from
 * an older record) stays chosen and shown by its name.
 */
export function AddressFieldset({
  idPrefix,
  country,
  onCountryChange,
  line,
}: AddressFieldsetProps) {
  const { t, i18n } = useTranslation();
  const postalHint = usePostalHint();
  const countries: readonly string[] = COUNTRIES;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('account.address')}</legend>
      {LINES.map(({ field, autoComplete }) => (
        <Fragment key={field}>
          {line({
            field,
            autoComplete,
            required: true,
            ...(field === 'postalCode' ? { hint: postalHint(country) } : {}),
          })}
        </Fragment>
      ))}
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-country`}>
          {t('account.fields.country')}
        </label>
        <select
          id={`${idPrefix}-country`}
          className="field__select"
          value={country}
          onChange={(event) => onCountryChange(event.target.value)}
        >
          {countries.includes(country) ? null : (
            <option value={country}>{formatCountry(country, i18n.language)}</option>
          )}
          {countries.map((c) => (
            <option key={c} value={c}>
              {formatCountry(c, i18n.language)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
