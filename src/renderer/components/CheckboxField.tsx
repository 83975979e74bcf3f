import type { ReactNode, Ref } from 'react';

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** the translated error, announced and tied to the box */
  error?: string | undefined;
  disabled?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it and its error linked by aria-describedby. */
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  error,
  disabled,
  ref,
}: CheckboxFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'checkbox checkbox--invalid' : 'checkbox'}>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="checkbox__input"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error checkbox__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
