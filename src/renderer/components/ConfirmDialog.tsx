import { useRef, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  /** what happens when confirmed */
  children: ReactNode;
  /** without a confirm action the dialog only informs: its one button closes it */
  confirmLabel?: string;
  cancelLabel: string;
  onConfirm?: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** an error from the last attempt, shown inside the dialog */
  error?: ReactNode;
}

/**
 * A modal question (mount it to open it). Focus starts on the safe choice, Tab stays inside,
 * Escape cancels, and focus returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  pending = false,
  error,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={title}
      onEscape={onCancel}
      initialFocus={() => cancelRef.current}
      alert={error}
      actions={
        <>
          <button
            ref={cancelRef}
            type="button"
            className="button button--secondary"
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
          {onConfirm && confirmLabel ? (
            <button
              type="button"
              className="button button--danger"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) onConfirm();
              }}
            >
              {confirmLabel}
            </button>
          ) : null}
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
