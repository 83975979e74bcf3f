/**
 * Sorting a list by one of its columns, the choice kept per list across a restart (views
 * store). Without a choice a list keeps the order it came in (the server's, e.g. newest first).
 */
import { useMemo } from 'react';
import type { ListSort, SortableList } from '../../shared/views/types';
import { useViewsStore } from '../app/views-store';

/**
 * What a row is sorted by in each column: text (compared as a person reads it: case and
 * accents aside, "Vertrag 10" after "Vertrag 9"), a number, or an ISO date (text that orders
 * itself). null is a row without a value: it goes last whichever the direction.
 */
export type SortValues<T, K extends string> = Record<K, (row: T) => string | number | null>;

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows in the chosen order: stable, so rows that compare equal keep the list's order. */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  values: SortValues<T, K>,
  sort: ListSort | undefined,
): readonly T[] {
  const valueOf = sort && Object.hasOwn(values, sort.key) ? values[sort.key as K] : null;
  if (!valueOf) return rows;
  const sign = sort!.dir === 'desc' ? -1 : 1;
  const keyed = rows.map((row) => ({ row, value: valueOf(row) }));
  keyed.sort((x, y) => {
    if (x.value === null || y.value === null) {
      return x.value === y.value ? 0 : x.value === null ? 1 : -1;
    }
    return sign * compareValues(x.value, y.value);
  });
  return keyed.map((k) => k.row);
}

/** The next sort after a click on a column: ascending first, then the other way round. */
export function nextSort(current: ListSort | undefined, key: string): ListSort {
  return current?.key === key && current.dir === 'asc' ? { key, dir: 'desc' } : { key, dir: 'asc' };
}

/** A list's rows sorted by the remembered column, and how to sort by another. */
export function useListSort<T, K extends string>(
  list: SortableList,
  rows: readonly T[],
  values: SortValues<T, K>,
): { sorted: readonly T[]; sort: ListSort | undefined; sortBy: (key: K) => void } {
  const sort = useViewsStore((s) => s.sorts[list]);
  const setSort = useViewsStore((s) => s.setSort);
  const sorted = useMemo(() => sortRows(rows, values, sort), [rows, values, sort]);
  return { sorted, sort, sortBy: (key) => setSort(list, nextSort(sort, key)) };
}

/** aria-sort for a column header: only the sorted column says a direction */
export function ariaSort(
  sort: ListSort | undefined,
  key: string,
): 'ascending' | 'descending' | undefined {
  if (sort?.key !== key) return undefined;
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}
