import { useTranslation } from 'react-i18next';
import { postalCodeExample } from '../../shared/address/postal-code';

/** "Zum Beispiel 10115." under the postal code, for the chosen country (none where no rule). */
export function usePostalHint(): (country: string) => string | undefined {
  const { t } = useTranslation();
  return (country) => {
    const example = postalCodeExample(country);
    return example ? t('account.postalCodeHint', { example }) : undefined;
  };
}
