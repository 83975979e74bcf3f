import type { ReactNode } from 'react';
import { LengthCounter, lengthState } from './LengthCounter';

/** What the control inside a frame carries so a screen reader reads its hint, counter and error. */
export interface FieldA11y {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldFrameProps {
  id: string;
  label: string;
  /** help text under the label, read with the field */
  hint?: ReactNode | undefined;
  /** the translated error, announced and tied to the field */
  error?: string | undefined;
  /** a length limit: a counter near the field, read with it once the text comes close */
  count?: { text: string; max: number } | undefined;
  children: (a11y: FieldA11y) => ReactNode;
}

/**
 * The one frame of every labelled field (input, select, text area): label, hint, control,
 * counter and error, with the control's aria-describedby naming those that show.
 */
export function FieldFrame({ id, label, hint, error, count, children }: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const counted = count !== undefined && lengthState(count.text, count.max).kind !== 'far';
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
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {count ? <LengthCounter id={counterId} text={count.text} max={count.max} /> : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
