/** Which top-level screen a session and a route lead to, and where to redirect the hash. */
import type { SessionState } from '../../shared/domain';
import { TEAM_AUTH_ROUTES } from '../auth/team-routes';
import { ROUTES, SIGNED_OUT_ROUTES } from '../router/routes';

export type TopScreen =
  | 'loading'
  | 'startFailed'
  | 'login'
  | 'forgotPassword'
  | 'resetPassword'
  | 'register'
  | 'invitation'
  | 'frame';

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
  // an invitation is accepted signed in (existing login) or not (new login); a confirmation
  // link may be opened in an app someone else is signed in to
  if (path === TEAM_AUTH_ROUTES.invitation) return { screen: 'invitation' };
  if (path === TEAM_AUTH_ROUTES.confirmEmail) return { screen: 'register' };
  if (session.status === 'signedIn') {
    return SIGNED_OUT_ROUTES.includes(path) || path === TEAM_AUTH_ROUTES.register
      ? { screen: 'frame', redirect: ROUTES.dashboard }
      : { screen: 'frame' };
  }
  if (path === ROUTES.forgotPassword) return { screen: 'forgotPassword' };
  if (path === TEAM_AUTH_ROUTES.register) return { screen: 'register' };
  if (path === ROUTES.login) return { screen: 'login' };
  return { screen: 'login', redirect: ROUTES.login };
}
