import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import type { FieldErrors } from '../components/form-errors';
import { useErrorText } from '../i18n/use-error-text';
import { PasswordHint } from './PasswordHint';

interface NewPasswordFieldsProps {
  /** the inputs' ids (the e2e specs and the error ids build on them) */
  ids: { password: string; repeat: string };
  passwordLabel: string;
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  /** the form's field errors (message keys); only "password" and "repeat" are shown here */
  errors: FieldErrors<'password' | 'repeat'>;
  passwordRef: Ref<HTMLInputElement>;
  repeatRef: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** the account's address, when known: the strength hint counts it against the password */
  email?: string;
}

/** A new password with its strength shown, and the field to repeat it, each with its error. */
export function NewPasswordFields({
  ids,
  passwordLabel,
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  errors,
  passwordRef,
  repeatRef,
  autoFocus,
  email,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      <TextField
        ref={passwordRef}
        id={ids.password}
        label={passwordLabel}
        hint={<PasswordHint password={password} email={email} />}
        type="password"
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        value={password}
        onValueChange={onPasswordChange}
        error={errors.password && errorText(errors.password)}
      />
      <TextField
        ref={repeatRef}
        id={ids.repeat}
        label={t('reset.repeat')}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onValueChange={onRepeatChange}
        error={errors.repeat && errorText(errors.repeat)}
      />
    </>
  );
}
