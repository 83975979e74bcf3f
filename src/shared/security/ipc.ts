/** The IPC channels of "Sicherheit", merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { Cached } from '../domain';
import { RECOVERY_CODE, SECOND_FACTOR_CODE, TOTP_CODE } from './codes';
import type { SecurityChannel } from './ipc-names';
import type { PasswordVerdict } from './password-rule';
import type {
  DeviceSessions,
  RecoveryCodes,
  SecurityState,
  SignInHistory,
  TotpEnrollment,
} from './types';

const returns = <T>() => null as unknown as T;
const none = z.undefined();
const password = z.string().min(1).max(1024);
const totpCode = z.string().trim().regex(TOTP_CODE);

export const securityIpc = {
  'security:state': { input: none, output: returns<Cached<SecurityState> | null>() },
  'security:sessions': { input: none, output: returns<Cached<DeviceSessions> | null>() },
  'security:signIns': { input: none, output: returns<Cached<SignInHistory> | null>() },
  /** the screen opened: fetch the three again (ETag) when online; offline the cache stays */
  'security:refresh': { input: none, output: returns<void>() },
  /**
   * The live hint of a new password (registration, invitation, reset, change): the server's
   * own rule, run in main so its dictionaries (2.4 MB) stay out of the renderer. A longer
   * password is judged by its first 256 characters, which decide its strength already.
   */
  'security:passwordVerdict': {
    input: z.object({ password: z.string().max(256), email: z.string().max(320) }).strict(),
    output: returns<PasswordVerdict>(),
  },
  /** the other sessions end, this one stays */
  'security:changePassword': {
    input: z.object({ currentPassword: password, newPassword: password }).strict(),
    output: returns<{ ended: number }>(),
  },
  /** step-up with the password, then a new secret to confirm */
  'security:totpStart': {
    input: z.object({ password }).strict(),
    output: returns<TotpEnrollment>(),
  },
  'security:totpConfirm': {
    input: z.object({ code: totpCode }).strict(),
    output: returns<RecoveryCodes>(),
  },
  /** step-up with the password, and a current code (or a recovery code) */
  'security:totpDisable': {
    input: z
      .object({
        password,
        code: z.string().trim().max(20).regex(SECOND_FACTOR_CODE, { message: 'code_format' }),
      })
      .strict(),
    output: returns<void>(),
  },
  'security:recoveryRegenerate': {
    input: z.object({ password }).strict(),
    output: returns<RecoveryCodes>(),
  },
  /** "Als Datei speichern": main asks where (SaveDialog), the renderer never sees a path */
  'security:recoverySave': {
    input: z.object({ codes: z.array(z.string().regex(RECOVERY_CODE)).min(1).max(10) }).strict(),
    output: returns<{ saved: boolean }>(),
  },
  'security:endSession': {
    input: z.object({ id: z.string().trim().min(1).max(64) }).strict(),
    output: returns<void>(),
  },
  'security:endOtherSessions': { input: none, output: returns<{ ended: number }>() },
} satisfies Record<SecurityChannel, { input: z.ZodType; output: unknown }>;
