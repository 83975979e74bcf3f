import type { ReactNode } from 'react';

/** An error about the whole form (offline, locked, …), announced when it appears. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div className="form-error" role="alert">
      {children}
    </div>
  );
}
