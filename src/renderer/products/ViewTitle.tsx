import type { ReactNode } from 'react';

export const PRODUCTS_VIEW_TITLE_ID = 'products-view-title';

/** The heading of the view shown; focused when the person moves between views. */
export function ViewTitle({ children }: { children: ReactNode }) {
  return (
    <h2 className="billing-view__title" id={PRODUCTS_VIEW_TITLE_ID} tabIndex={-1}>
      {children}
    </h2>
  );
}
