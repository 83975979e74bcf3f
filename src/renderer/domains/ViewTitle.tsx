import type { ReactNode } from 'react';

export const DOMAINS_VIEW_TITLE_ID = 'domains-view-title';

/** The heading of the domains view shown; focused when the person moves between views. */
export function ViewTitle({ children }: { children: ReactNode }) {
  return (
    <h2 className="billing-view__title" id={DOMAINS_VIEW_TITLE_ID} tabIndex={-1}>
      {children}
    </h2>
  );
}
