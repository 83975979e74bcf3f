import type { ReactNode } from 'react';

export const VIEW_TITLE_ID = 'billing-view-title';

/** The heading of the billing view shown; focused when the person moves between views. */
export function ViewTitle({ children }: { children: ReactNode }) {
  return (
    <h2 className="billing-view__title" id={VIEW_TITLE_ID} tabIndex={-1}>
      {children}
    </h2>
  );
}
