import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      count={maxChars !== undefined ? { text: value, max: maxChars } : undefined}
    >
      {(a11y) => (
        <input
          {...input}
          {...a11y}
          ref={ref}
          id={id}
          className={className ? `field__input ${className}` : 'field__input'}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
