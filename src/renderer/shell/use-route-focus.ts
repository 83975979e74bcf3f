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
      if (!visibleHeading(main)) return false;
      if (focusLost()) focusMainHeading(main);
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
    // a suspended screen's old content stays in the DOM, hidden by a style, until the new loads
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    return stop;
  }, [path, mainRef]);
}

/**
 * Focuses the screen's main heading (made focusable by script only), or the main region when
 * it has none yet: the skip link's target, and where a route change leads.
 */
export function focusMainHeading(main: HTMLElement | null): void {
  if (!main) return;
  const heading = visibleHeading(main);
  if (!heading) {
    main.focus();
    return;
  }
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** The main heading on screen (not the one of a screen React keeps hidden while loading). */
function visibleHeading(main: HTMLElement): HTMLElement | null {
  for (const heading of main.querySelectorAll<HTMLElement>('h1')) {
    if (heading.getClientRects().length > 0) return heading;
  }
  return null;
}
