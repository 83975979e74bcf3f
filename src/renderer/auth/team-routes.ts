/** The signed-out routes of registration and invitations (beside router/routes.ts). */
export const TEAM_AUTH_ROUTES = {
  register: '/register',
  /** the confirmation link of a registration: #/confirm-email?token=… */
  confirmEmail: '/confirm-email',
  /** an invitation link: #/invitation?token=… (signed in or not) */
  invitation: '/invitation',
} as const;

/** the query parameter of a confirmation or invitation link */
export const TEAM_TOKEN_PARAM = 'token';

/**
 * The token from what the person pasted: the token itself, or a whole link whose `token`
 * parameter holds it (in the query or after the hash).
 */
export function tokenFromInput(value: string): string {
  const v = value.trim();
  const match = /[?&#]token=([^&#\s]+)/.exec(v);
  if (!match) return v;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}
