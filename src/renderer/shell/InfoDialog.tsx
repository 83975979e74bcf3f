import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A modal dialog that only informs: a title, its body and one button that closes it. Focus
 * starts on the button and stays there (the one control inside); Escape closes. With
 * `returnFocus`, focus goes back where it was when the dialog opened.
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
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (returnFocus && opener?.isConnected) opener.focus();
    };
  }, [returnFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      closeRef.current?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {title}
        </h2>
        {children}
        <div className="form__actions dialog__actions">
          <button
            ref={closeRef}
            type="button"
            className={primary ? 'button button--primary' : 'button button--secondary'}
            onClick={onClose}
          >
            {closeLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
