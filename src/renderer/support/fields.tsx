import type { ReactNode, Ref } from 'react';
import { MESSAGE_MAX } from '../../shared/support/types';
import { FieldFrame } from '../components/FieldFrame';

interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled select, its hint and error tied to it. */
export function SelectField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  children,
  ref,
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select
          {...a11y}
          ref={ref}
          id={id}
          className="field__select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
  hint?: string;
}

/** A labelled multi-line field, its hint and error tied to it. */
export function TextArea({ id, label, value, error, onChange, ref, hint }: TextAreaProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      count={{ text: value, max: MESSAGE_MAX }}
    >
      {(a11y) => (
        <textarea
          {...a11y}
          ref={ref}
          id={id}
          className="field__input field__textarea"
          rows={8}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
