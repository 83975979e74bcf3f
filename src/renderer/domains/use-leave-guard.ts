/**
 * Asks before leaving a view with unsaved changes: in-app links (the menu, "back") are held
 * and their target offered in a question; closing or reloading the window asks the browser's
 * own question.
 */
import { useEffect, useState } from 'react';
import { parseHash } from '../router/hash';

export function useLeaveGuard(
  dirty: boolean,
  stays: (path: string) => boolean,
): { target: string | null; leave: () => void; stay: () => void } {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) return undefined;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      const href = link?.getAttribute('href');
      if (!href) return;
      const { path } = parseHash(href);
      if (stays(path)) return;
      event.preventDefault();
      setTarget(href.slice(1));
    };
    const onUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, stays]);
  return {
    target,
    leave: () => {
      const to = target;
      setTarget(null);
      if (to !== null) window.location.hash = to;
    },
    stay: () => setTarget(null),
  };
}
