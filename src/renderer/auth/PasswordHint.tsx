import { useTranslation } from 'react-i18next';
import { passwordStrength } from './password-strength';

/** The hint under a new password: what makes it strong, and how strong it looks so far. */
export function PasswordHint({ password }: { password: string }) {
  const { t } = useTranslation();
  const strength = passwordStrength(password);
  return (
    <>
      <p>{t('reset.passwordHint')}</p>
      {strength ? (
        <p className={`strength strength--${strength}`} data-testid="password-strength">
          {t('strength.label', { level: t(`strength.${strength}`) })}
        </p>
      ) : null}
    </>
  );
}
