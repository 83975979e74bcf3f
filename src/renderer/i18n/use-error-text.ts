import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageSpec, type ErrorLike } from './error-message';

type LooseT = (key: string, values?: Record<string, string | number>) => string;

/** A function that renders an error (AppError or error key) as a sentence in the UI language. */
export function useErrorText(): (error: ErrorLike | string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: ErrorLike | string) => {
      // messageKeys arrive at run time from main, so they cannot be checked at compile time
      const tLoose = t as unknown as LooseT;
      const spec = errorMessageSpec(error, i18n.language, (key) => i18n.exists(key));
      const first = tLoose(spec.key, spec.values);
      return spec.then ? `${first} ${tLoose(spec.then.key, spec.then.values)}` : first;
    },
    [t, i18n],
  );
}
