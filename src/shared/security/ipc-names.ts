/** The IPC channel names of "Sicherheit" (see ipc.ts beside this file). */
export const SECURITY_CHANNELS = [
  'security:state',
  'security:sessions',
  'security:signIns',
  'security:refresh',
  'security:changePassword',
  'security:totpStart',
  'security:totpConfirm',
  'security:totpDisable',
  'security:recoveryRegenerate',
  'security:recoverySave',
  'security:endSession',
  'security:endOtherSessions',
  'security:passwordVerdict',
] as const;

export type SecurityChannel = (typeof SECURITY_CHANNELS)[number];
