import type { ReactNode } from 'react';

interface RadioGroupProps<V extends string> {
  /** the group's name; each option's id is `${name}-${option}` */
  name: string;
  legend: string;
  value: V;
  options: readonly V[];
  optionLabel: (option: V) => string;
  /** a line under an option, read with it */
  optionHint?: (option: V) => string;
  onChange: (option: V) => void;
  /** 'form': the options of a form's fieldset; 'settings': the compact choices of Einstellungen */
  look?: 'form' | 'settings';
  /** said after the options, inside the group (why an option is missing) */
  children?: ReactNode;
}

const LOOKS = {
  form: { fieldset: 'fieldset', legend: 'fieldset__legend', option: 'checkbox' },
  settings: { fieldset: 'settings__choices', legend: 'field__label', option: 'radio' },
} as const;

/** One choice out of a few, as radio buttons under a legend. */
export function RadioGroup<V extends string>({
  name,
  legend,
  value,
  options,
  optionLabel,
  optionHint,
  onChange,
  look = 'form',
  children,
}: RadioGroupProps<V>) {
  const css = LOOKS[look];
  const inForm = look === 'form';
  return (
    <fieldset className={css.fieldset}>
      <legend className={css.legend}>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option}`;
        return (
          <div className={css.option} key={option}>
            <input
              type="radio"
              className={inForm ? 'checkbox__input' : undefined}
              id={id}
              name={name}
              value={option}
              checked={value === option}
              aria-describedby={optionHint ? `${id}-hint` : undefined}
              onChange={() => onChange(option)}
            />
            <label className={inForm ? 'checkbox__label' : undefined} htmlFor={id}>
              {optionLabel(option)}
            </label>
            {optionHint ? (
              <p className="field__hint" id={`${id}-hint`}>
                {optionHint(option)}
              </p>
            ) : null}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
