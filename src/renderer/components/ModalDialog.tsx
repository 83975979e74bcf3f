import { useId, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface ModalDialogProps {
  title: string;
  /** Escape: the safe way out */
  onEscape: () => void;
  /** where focus starts (see useModalDialog) */
  initialFocus: (dialog: HTMLDivElement) => HTMLElement | null | undefined;
  returnFocus?: boolean;
  /** the body is wrapped in one element that describes the dialog; false: children as they are */
  describedBody?: boolean;
  /** said between the body and the buttons (an error of the last attempt) */
  alert?: ReactNode;
  /** the buttons */
  actions: ReactNode;
  'data-testid'?: string;
  children: ReactNode;
}

/** The one frame of every modal: backdrop, titled dialog, body, a row of buttons. */
export function ModalDialog({
  title,
  onEscape,
  initialFocus,
  returnFocus,
  describedBody = true,
  alert,
  actions,
  'data-testid': testId,
  children,
}: ModalDialogProps) {
  const id = useId();
  const { dialogRef, onKeyDown } = useModalDialog({ onEscape, initialFocus, returnFocus });
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={describedBody ? `${id}-body` : undefined}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {title}
        </h2>
        {describedBody ? (
          <div className="dialog__body" id={`${id}-body`}>
            {children}
          </div>
        ) : (
          children
        )}
        {alert ? (
          <div className="form-error" role="alert">
            {alert}
          </div>
        ) : null}
        <div className="form__actions dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
