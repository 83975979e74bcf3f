/**
 * A button in a table row: a short visible word ("Löschen"), the full label with the row's
 * name for screen readers ("Löschen: Jonas Weber", which starts with the word that is seen).
 * Deleting is a secondary, red-outlined button: a row of solid red buttons shouts.
 */
export function RowAction({
  text,
  label,
  danger = false,
  disabled,
  onClick,
}: {
  text: string;
  label: string;
  danger?: boolean;
  /** shown muted and answered with nothing (aria-disabled keeps it focusable, with its reason) */
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`button button--small row-action${danger ? ' row-action--danger' : ''}`}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {text}
    </button>
  );
}
