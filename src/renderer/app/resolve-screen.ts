/** Which top-level screen a session and a route lead to, and where to redirect the hash. */
import type { SessionState } from '../../shared/domain';
import { ROUTES, SIGNED_OUT_ROUTES } from '../router/routes';

export type TopScreen =
  'loading' | 'startFailed' | 'login' | 'forgotPassword' | 'resetPassword' | 'frame';

export interface Resolved {
  screen: TopScreen;
  /** a route to replace the current hash with, when it does not fit the session */
  redirect?: string;
}

export function resolveScreen(
  session: SessionState | null,
  failed: boolean,
  path: string,
): Resolved {
  if (session === null) return { screen: failed ? 'startFailed' : 'loading' };
  // a reset link works whatever the session: someone signed in here may have forgotten it
  if (path === ROUTES.resetPassword) return { screen: 'resetPassword' };
  if (session.status === 'signedIn') {
    return SIGNED_OUT_ROUTES.includes(path)
      ? { screen: 'frame', redirect: ROUTES.dashboard }
      : { screen: 'frame' };
  }
  if (path === ROUTES.forgotPassword) return { screen: 'forgotPassword' };
  if (path === ROUTES.login) return { screen: 'login' };
  return { screen: 'login', redirect: ROUTES.login };
}
