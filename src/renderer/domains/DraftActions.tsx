import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The footer of a domain section that edits a draft: save, and "cancel" only while a draft
 * exists (it drops the draft). Extra buttons (add a row) come first.
 */
export function DraftActions({
  saveLabel,
  saveDisabled,
  saveDescribedBy,
  editing,
  pending,
  onCancel,
  children,
}: {
  saveLabel: string;
  saveDisabled: boolean;
  saveDescribedBy?: string | undefined;
  editing: boolean;
  pending: boolean;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      {children}
      <button
        type="submit"
        className="button button--primary"
        disabled={saveDisabled}
        aria-describedby={saveDescribedBy || undefined}
      >
        {saveLabel}
      </button>
      {editing ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={onCancel}
        >
          {t('domains.cancel')}
        </button>
      ) : null}
    </div>
  );
}
