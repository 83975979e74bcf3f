import type { ListSort } from '../../shared/views/types';
import { ariaSort } from './list-sort';

interface SortProps {
  label: string;
  column: string;
  sort: ListSort | undefined;
  /** a method, so a list's narrower column type fits (method parameters are bivariant) */
  onSort(column: string): void;
  className?: string;
}

/**
 * A column header that sorts its list: the label is a button, the header carries aria-sort.
 * A <th> in a real table, or a span with role columnheader in an ARIA table (`aria`).
 */
export function SortableTh({ aria, className, ...props }: SortProps & { aria?: boolean }) {
  const headerProps = {
    className,
    'aria-sort': ariaSort(props.sort, props.column),
  };
  return aria ? (
    <span role="columnheader" {...headerProps}>
      <SortButton {...props} />
    </span>
  ) : (
    <th scope="col" {...headerProps}>
      <SortButton {...props} />
    </th>
  );
}

/**
 * The label with an arrow for the direction. The name stays the column's label alone: the
 * header's aria-sort tells the order, and a hint in the name would be read with every cell.
 */
function SortButton({ label, column, sort, onSort }: Omit<SortProps, 'className'>) {
  const active = sort?.key === column;
  return (
    <button
      type="button"
      className="sort-button"
      data-sort={active ? sort.dir : undefined}
      onClick={() => onSort(column)}
    >
      {label}
      <span className="sort-button__arrow" aria-hidden="true" />
    </button>
  );
}
