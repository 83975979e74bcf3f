import type { ReactNode } from 'react';

export const SUPPORT_VIEW_TITLE_ID = 'support-view-title';

/** The heading of the support view shown; focused when the person moves between views. */
export function ViewTitle({ children }: { children: ReactNode }) {
  return (
    <h2 className="billing-view__title" id={SUPPORT_VIEW_TITLE_ID} tabIndex={-1}>
      {children}
    </h2>
  );
}
