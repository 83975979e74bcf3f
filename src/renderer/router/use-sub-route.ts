import { useEffect, useRef } from 'react';
import { redirect, useRoute } from './hash';

/**
 * Moving between the views of a screen: focus goes to the new view's heading, as a page load
 * would put the reader at the top. Not on the first view (the screen's own focus rules apply).
 */
export function useViewFocus(viewKey: string, titleId: string): void {
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(titleId)?.focus();
  }, [viewKey, titleId]);
}

interface SubRouteOptions<V> {
  /** the view a path names, or undefined for a path the screen does not know */
  parse: (path: string) => V | null | undefined;
  /** shown for an unknown path while the redirect to `home` happens */
  fallback: V;
  /** where an unknown path is sent */
  home: string;
  /** one string per view (with its id): a change moves focus to `titleId` */
  viewKey: (view: V) => string;
  titleId: string;
}

/** The view of a screen with sub-views (Abrechnung, Domains, Produkte, Support) from the route. */
export function useSubRoute<V>({ parse, fallback, home, viewKey, titleId }: SubRouteOptions<V>): {
  view: V;
  params: URLSearchParams;
} {
  const { path, params } = useRoute();
  const parsed = parse(path);
  const known = parsed !== undefined && parsed !== null;
  const view = parsed ?? fallback;
  useEffect(() => {
    if (!known) redirect(home);
  }, [known, home]);
  useViewFocus(viewKey(view), titleId);
  return { view, params };
}
