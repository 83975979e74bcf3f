import type { ReactNode, Ref } from 'react';
import { MESSAGE_MAX } from '../../shared/support/types';
import { LengthCounter, lengthState } from '../components/LengthCounter';

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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        ref={ref}
        id={id}
        className="field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {children}
      </select>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
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
  const describedBy = [
    hint ? `${id}-hint` : null,
    lengthState(value, MESSAGE_MAX).kind !== 'far' ? `${id}-counter` : null,
    error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="field__input field__textarea"
        rows={8}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <LengthCounter id={`${id}-counter`} text={value} max={MESSAGE_MAX} />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
