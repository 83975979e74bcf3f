/** The sandbox's demo accounts, named on the login screen only when app:info says sandbox. */
export const DEMO_ACCOUNT = {
  email: 'demo@kundencenter.example',
  password: 'Demo-Passwort-2026',
} as const;

/** signs in with a TOTP second step; same password as the demo account */
export const DEMO_MFA_ACCOUNT = {
  email: 'mfa@kundencenter.example',
  password: 'Demo-Passwort-2026',
} as const;

/** a colleague of the demo account with limited rights (no invoices); same password */
export const DEMO_LIMITED_ACCOUNT = {
  email: 'jonas.weber@muster-webdesign.example',
  password: 'Demo-Passwort-2026',
} as const;
