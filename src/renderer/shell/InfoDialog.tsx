import { useRef, type ReactNode } from 'react';
import { ModalDialog } from '../components/ModalDialog';

/**
 * A modal dialog that only informs: a title, its body and one button that closes it. Focus
 * starts on the button and stays inside; Escape closes. With `returnFocus`, focus goes back
 * where it was when the dialog opened.
 */
export function InfoDialog({
  title,
  closeLabel,
  onClose,
  'data-testid': testId,
  primary = false,
  returnFocus = false,
  children,
}: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  'data-testid': string;
  primary?: boolean;
  returnFocus?: boolean;
  children: ReactNode;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={title}
      onEscape={onClose}
      initialFocus={() => closeRef.current}
      returnFocus={returnFocus}
      describedBody={false}
      data-testid={testId}
      actions={
        <button
          ref={closeRef}
          type="button"
          className={primary ? 'button button--primary' : 'button button--secondary'}
          onClick={onClose}
        >
          {closeLabel}
        </button>
      }
    >
      {children}
    </ModalDialog>
  );
}
