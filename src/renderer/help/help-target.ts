/**
 * Opening a screen at one place: a route with `?help=<target>` makes the element carrying
 * `data-help-target="<target>"` scroll into view, take the focus and stand out for a while.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Right } from '../../shared/team/types';
import { meStore } from '../app/me-store';
import { redirect, useRoute } from '../router/hash';
import { menuAccess, menuEntryFor } from '../shell/menu';

/** the query parameter naming the place to highlight */
export const HELP_PARAM = 'help';
/** the class that marks the highlighted place (see help.css) */
export const HIGHLIGHT_CLASS = 'help-highlight';
/** how long the place stays marked */
export const HIGHLIGHT_MS = 4000;
/** how long to wait for the place: screens load lazily and fill in from the cache */
export const WAIT_MS = 10_000;

export type HighlightResult =
  { state: 'found' } | { state: 'missing' } | { state: 'noRight'; right: Right };

/** The element marked as this target, if the screen shows it. */
export function findTarget(target: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-help-target="${CSS.escape(target)}"]`);
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Scroll the element into view, focus it (focusable if need be) and mark it for a while. */
export function highlightElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.scrollIntoView?.({
    block: 'center',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
  element.focus({ preventScroll: true });
  element.classList.add(HIGHLIGHT_CLASS);
  clearTimeout(timers.get(element));
  timers.set(
    element,
    setTimeout(() => element.classList.remove(HIGHLIGHT_CLASS), HIGHLIGHT_MS),
  );
}

/** The route without the help parameter, keeping any other. */
export function withoutHelpParam(path: string, params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete(HELP_PARAM);
  const query = rest.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A place to highlight on the next screen that shows it, for a route that cannot carry the
 * parameter: signing out replaces the route with the sign-in page's own.
 */
export const usePendingHelpTarget = create<{ target: string | null }>()(() => ({ target: null }));

/** Highlight this place on the next screen that shows it (e.g. after signing out). */
export function highlightNext(target: string): void {
  usePendingHelpTarget.setState({ target });
}

/**
 * Follows `?help=` on the current route: waits for the place, highlights it, then drops the
 * parameter (so the same link works again). Returns what happened, for a live region.
 */
export function useHelpTarget(): HighlightResult | null {
  const { path, params } = useRoute();
  const pending = usePendingHelpTarget((s) => s.target);
  const target = params.get(HELP_PARAM) ?? pending;
  const rights = meStore.use((s) => s.cached?.data.rights ?? null);
  const [result, setResult] = useState<HighlightResult | null>(null);

  useEffect(() => {
    if (!target) return;
    const done = (next: HighlightResult) => {
      setResult(next);
      usePendingHelpTarget.setState({ target: null });
      if (params.has(HELP_PARAM)) redirect(withoutHelpParam(path, params));
    };
    const entry = menuEntryFor(path);
    const access = entry ? menuAccess(entry, rights) : null;
    if (access && !access.open && access.reason === 'missingRight') {
      done({ state: 'noRight', right: access.right });
      return;
    }
    let frame = 0;
    // after the frame the route change paints: the browser's own handling of the new hash
    // (and the removal of the link that was clicked) would otherwise take the focus back
    const show = (element: HTMLElement) => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          highlightElement(element);
          done({ state: 'found' });
        });
      });
    };
    const present = findTarget(target);
    if (present) {
      show(present);
      return () => cancelAnimationFrame(frame);
    }
    const observer = new MutationObserver(() => {
      const element = findTarget(target);
      if (!element) return;
      stop();
      show(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      stop();
      done({ state: 'missing' });
    }, WAIT_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [target, path, params, rights]);

  return result;
}
