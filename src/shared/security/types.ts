/** "Sicherheit": what the screen shows, as main answers it (from the encrypted cache). */

export interface SecurityState {
  totpEnabled: boolean;
  recoveryCodesLeft: number;
  /** ISO 8601; null: never changed in the app */
  passwordChangedAt: string | null;
}

/** One signed-in device (a session of the user). */
export interface DeviceSession {
  id: string;
  /** what the app called itself at sign-in; null when unknown */
  deviceName: string | null;
  createdAt: string;
  lastUsedAt: string;
  /** this app's own session */
  current: boolean;
}

export interface DeviceSessions {
  sessions: DeviceSession[];
}

export type SignInOutcome = 'success' | 'failure' | 'locked';
export type SignInMethod = 'password' | 'totp' | 'recovery_code';

export interface SignInAttempt {
  id: string;
  at: string;
  outcome: SignInOutcome;
  method: SignInMethod;
  deviceName: string | null;
}

export interface SignInHistory {
  attempts: SignInAttempt[];
}

/**
 * A TOTP secret to confirm: the QR code as its module matrix (drawn by the renderer as SVG),
 * and the secret in groups of four to type by hand. The otpauth URI stays in main.
 */
export interface TotpEnrollment {
  /** the QR code's side in modules */
  size: number;
  /** size × size characters, row by row: '1' dark, '0' light */
  modules: string;
  /** the base32 secret, e.g. "ABCD EFGH …" */
  secretGroups: string;
  /** the account name the authenticator app will show */
  account: string;
  expiresAt: string;
}

export interface RecoveryCodes {
  codes: string[];
}
