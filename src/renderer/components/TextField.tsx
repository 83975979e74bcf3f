import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { LengthCounter, lengthState } from './LengthCounter';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid' | 'children'
>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** help text under the label, read with the field */
  hint?: ReactNode;
  /** the translated error, announced and tied to the field */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** a length limit shown as a counter near it and refused past it (never cut by the field) */
  maxChars?: number;
}

/** A labelled input whose hint and error are linked to it by aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  ref,
  className,
  maxChars,
  ...input
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const counted = maxChars !== undefined && lengthState(value, maxChars).kind !== 'far';
  const describedBy = [hint ? hintId : null, counted ? counterId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <input
        {...input}
        ref={ref}
        id={id}
        className={className ? `field__input ${className}` : 'field__input'}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {maxChars ? <LengthCounter id={counterId} text={value} max={maxChars} /> : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
