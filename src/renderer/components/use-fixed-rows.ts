/**
 * A list that renders only the rows in view, every row one fixed height (cells keep to one
 * line), so no row needs measuring. Tables built on it (invoices, domains) are ARIA tables
 * whose rows carry aria-rowindex; positions go to CSS as data attributes read with attr(),
 * since the CSP forbids inline styles.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';

/** rows rendered beyond the visible ones, so a quick scroll shows no gap */
const OVERSCAN = 8;

function remToPx(rem: number): number {
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return rem * (Number.isFinite(rootPx) && rootPx > 0 ? rootPx : 16);
}

/** `rowRem` must equal the rows' CSS height; `keyOf` names an item (stable across updates). */
export function useFixedRows<T>(items: readonly T[], keyOf: (item: T) => string, rowRem: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // stable callbacks: the virtualizer recomputes every row's position when they change
  const rowHeight = useMemo(() => remToPx(rowRem), [rowRem]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const getItemKey = useCallback(
    (index: number) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
    [items, keyOf],
  );
  // no React Compiler here (the app does not use it); the virtualizer re-renders this itself
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    overscan: OVERSCAN,
    getItemKey,
  });
  return { scrollRef, virtualizer };
}
