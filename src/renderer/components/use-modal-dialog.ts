import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

interface ModalOptions {
  /** Escape: the dialog's safe way out (cancel, close) */
  onEscape: () => void;
  /** where focus starts, and where it goes back when it would leave the dialog */
  initialFocus: (dialog: HTMLDivElement) => HTMLElement | null | undefined;
  /** return focus to where it was when the dialog closes (true unless told otherwise) */
  returnFocus?: boolean;
}

/**
 * What makes a div a modal dialog (mount it to open it): focus starts inside, Tab and a click
 * outside cannot leave it, Escape takes the safe way out, and focus returns to where it was.
 * Spread `onKeyDown` and `ref` on the element with role="dialog".
 */
export function useModalDialog({ onEscape, initialFocus, returnFocus = true }: ModalOptions): {
  dialogRef: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
} {
  const dialogRef = useRef<HTMLDivElement>(null);
  // read at mount: where focus starts and whether it goes back are fixed for the dialog's life
  const mountOptions = useRef({ initialFocus, returnFocus });

  useEffect(() => {
    const { initialFocus: focusTarget, returnFocus: giveBack } = mountOptions.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const focusStart = () => {
      const dialog = dialogRef.current;
      if (dialog) focusTarget(dialog)?.focus();
    };
    focusStart();
    // a click outside must not leave focus behind the dialog
    const keepFocus = (event: FocusEvent) => {
      const dialog = dialogRef.current;
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) focusStart();
    };
    document.addEventListener('focusin', keepFocus);
    return () => {
      document.removeEventListener('focusin', keepFocus);
      if (giveBack && opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return { dialogRef, onKeyDown };
}
