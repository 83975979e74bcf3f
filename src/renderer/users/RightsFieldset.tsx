import { useTranslation } from 'react-i18next';
import { RIGHTS, type Right } from '../../shared/team/types';
import { CheckboxField } from '../components/CheckboxField';

/** One checkbox per area a user may be given; the error (none ticked) is tied to the group. */
export function RightsFieldset({
  id,
  rights,
  onToggle,
  error,
}: {
  id: string;
  rights: readonly Right[];
  onToggle: (right: Right, on: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className="fieldset"
      aria-describedby={error ? `${id}-rights-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="fieldset__legend">{t('users.rightsLegend')}</legend>
      {RIGHTS.map((right) => (
        <CheckboxField
          key={right}
          id={`${id}-right-${right}`}
          label={t(`team.rights.${right}`)}
          checked={rights.includes(right)}
          onCheckedChange={(on) => onToggle(right, on)}
        />
      ))}
      {error ? (
        <p className="field__error" id={`${id}-rights-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
