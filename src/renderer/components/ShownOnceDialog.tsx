import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

const firstButton = (dialog: HTMLDivElement) => dialog.querySelector<HTMLElement>('button');

interface ShownOnceDialogProps {
  title: string;
  children: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** more buttons before "close" (e.g. copy) */
  actions?: ReactNode;
}

/**
 * A modal that shows something once (a new password, an auth code). Focus starts on its first
 * button, Tab stays inside, Escape closes, and focus returns to where it was.
 */
export function ShownOnceDialog({
  title,
  children,
  closeLabel,
  onClose,
  actions,
}: ShownOnceDialogProps) {
  return (
    <ModalDialog
      title={title}
      onEscape={onClose}
      initialFocus={firstButton}
      actions={
        <>
          {actions}
          <button type="button" className="button button--primary" onClick={onClose}>
            {closeLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
