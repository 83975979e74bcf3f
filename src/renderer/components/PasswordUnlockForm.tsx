import { useState, type ReactNode } from 'react';
import { AppForm } from './AppForm';
import { FormError } from './FormError';
import { TextField } from './TextField';
import { useErrorText } from '../i18n/use-error-text';
import type { AppError } from '../ipc';

/** An unlock error split: the ones named in `atField` belong at the password field. */
export function usePasswordErrors(
  error: AppError | null,
  atField: ReadonlySet<string>,
): { passwordError: string | undefined; formError: string | null } {
  const errorText = useErrorText();
  const passwordError = error && atField.has(error.messageKey) ? errorText(error) : undefined;
  return { passwordError, formError: error && !passwordError ? errorText(error) : null };
}

/**
 * The password form of a lock (the app lock, the credentials lock): an empty field is refused
 * here, a wrong password is said at the field, and the field empties once the lock opens.
 * `actions` are further buttons after "unlock".
 */
export function PasswordUnlockForm({
  id,
  labelledBy,
  label,
  submitLabel,
  pending,
  error,
  passwordErrors,
  onEmpty,
  unlock,
  clearError,
  actions,
}: {
  id: string;
  labelledBy: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: AppError | null;
  passwordErrors: ReadonlySet<string>;
  /** says that the field is empty (sets the lock's error) */
  onEmpty: () => void;
  /** resolves true once the lock is open */
  unlock: (password: string) => Promise<boolean>;
  clearError: () => void;
  actions?: ReactNode;
}) {
  const [password, setPassword] = useState('');
  const { passwordError, formError } = usePasswordErrors(error, passwordErrors);
  return (
    <AppForm
      pending={pending}
      aria-labelledby={labelledBy}
      onSubmit={() => {
        if (pending) return;
        if (password === '') {
          onEmpty();
          return;
        }
        void unlock(password).then((open) => {
          if (open) setPassword('');
        });
      }}
    >
      {formError ? <FormError>{formError}</FormError> : null}
      <TextField
        id={id}
        type="password"
        label={label}
        autoComplete="current-password"
        value={password}
        onValueChange={(value) => {
          setPassword(value);
          if (error) clearError();
        }}
        error={passwordError}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {actions}
      </div>
    </AppForm>
  );
}
