/** The hash routes of the app. Menu entries add their own (see shell/menu.ts). */
export const ROUTES = {
  dashboard: '/',
  login: '/login',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
} as const;

/** the query parameter of a reset link: #/reset-password?token=… */
export const RESET_TOKEN_PARAM = 'token';

/** Screens shown while signed out; a signed-in user is sent to the dashboard from these. */
export const SIGNED_OUT_ROUTES: readonly string[] = [ROUTES.login, ROUTES.forgotPassword];

/** The href of a route, for <a href>. */
export function hrefOf(path: string): string {
  return `#${path}`;
}
