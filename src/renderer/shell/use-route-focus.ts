import { useEffect, useRef, type RefObject } from 'react';

/** how long a lazily loaded screen may take to show its heading */
const HEADING_WAIT_MS = 5000;

/**
 * After a route change, focus goes to the new screen's main heading, so a keyboard or screen
 * reader user starts reading where the page changed instead of at the top of the window. Only
 * when the person's focus is lost (on the body, or in the menu that led here): a screen that
 * placed focus itself (a form field, a help highlight) keeps it.
 */
export function useRouteFocus(path: string, mainRef: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusLost = () => {
      const active = document.activeElement;
      return (
        active === null ||
        active === document.body ||
        !active.isConnected ||
        active.closest('nav') !== null ||
        active === main
      );
    };
    const tryFocus = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (focusLost()) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
      }
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) stop();
    });
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [path, mainRef]);
}
