import { useTranslation } from 'react-i18next';
import { usePasswordVerdict } from './use-password-verdict';

/** zxcvbn's warnings we have words for (anything else: the general advice only). */
const WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
]);

/**
 * The hint under a new password: what the rule asks, and live how strong it is — the same rule
 * the server applies (src/shared/security/password-rule.ts), so "strong enough" here is what
 * the server accepts.
 */
export function PasswordHint({ password, email = '' }: { password: string; email?: string }) {
  const { t } = useTranslation();
  const verdict = usePasswordVerdict(password, email);
  const warning = verdict?.warning && WARNINGS.has(verdict.warning) ? verdict.warning : null;
  return (
    <>
      <p>{t('reset.passwordHint')}</p>
      {verdict ? (
        <p className={`strength strength--${verdict.strength}`} data-testid="password-strength">
          {t('strength.label', { level: t(`strength.${verdict.strength}`) })}
          {verdict.problem === 'too_short' ? ` ${t('strength.tooShort')}` : null}
          {warning ? ` ${t(`strength.warnings.${warning}` as 'strength.warnings.common')}` : null}
        </p>
      ) : null}
    </>
  );
}
