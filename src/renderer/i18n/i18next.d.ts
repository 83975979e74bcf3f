import type { de } from '../../shared/locales';

// t('…') is checked against the German base locale at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}
