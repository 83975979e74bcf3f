import { createRef, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import type { FieldErrors } from '../components/form-errors';
import { TextField } from '../components/TextField';
import { useErrorText } from '../i18n/use-error-text';
import type { ErrorLike } from '../i18n/error-message';

type InputRef = RefObject<HTMLInputElement | null>;

/**
 * One ref per field named, in that order (the form's order), and focus on the first of them
 * that has an error each time the errors change: the person lands where the form needs them.
 */
export function useErrorFocus<F extends string, const Order extends readonly F[]>(
  fieldErrors: FieldErrors<F>,
  order: Order,
): { [K in keyof Order]: InputRef } {
  const fields = useRef<readonly F[]>(order);
  const [refs] = useState(() => order.map(() => createRef<HTMLInputElement>()));
  useEffect(() => {
    const first = fields.current.findIndex((field) => fieldErrors[field]);
    if (first >= 0) refs[first]?.current?.focus();
  }, [fieldErrors, refs]);
  return refs as { [K in keyof Order]: InputRef };
}

interface AuthFormProps {
  pending: boolean;
  formError: ErrorLike | null;
  submitLabel: string;
  onSubmit: () => void;
  /** buttons after the submit button */
  actions?: ReactNode;
  'data-help-target'?: string;
  children: ReactNode;
}

/** A sign-in form: its error above the fields, the primary button below them. */
export function AuthForm({
  pending,
  formError,
  submitLabel,
  onSubmit,
  actions,
  children,
  ...rest
}: AuthFormProps) {
  const errorText = useErrorText();
  return (
    <AppForm {...rest} pending={pending} onSubmit={onSubmit}>
      {formError ? <FormError>{errorText(formError)}</FormError> : null}
      {children}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {actions}
      </div>
    </AppForm>
  );
}

interface AuthFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** the field's error as a message key */
  errorKey: string | undefined;
  ref: RefObject<HTMLInputElement | null>;
}

/** The account's e-mail address, where a form starts. */
export function EmailField({ errorKey, ...field }: AuthFieldProps) {
  const errorText = useErrorText();
  return (
    <TextField
      {...field}
      type="email"
      autoComplete="username"
      spellCheck={false}
      required
      autoFocus
      error={errorKey && errorText(errorKey)}
    />
  );
}

/** A token or link pasted from an e-mail (confirmation, reset, invitation). */
export function TokenField({
  errorKey,
  autoFocus = true,
  ...field
}: AuthFieldProps & { hint: string; autoFocus?: boolean }) {
  const errorText = useErrorText();
  return (
    <TextField
      {...field}
      autoComplete="off"
      spellCheck={false}
      required
      autoFocus={autoFocus}
      error={errorKey && errorText(errorKey)}
    />
  );
}
