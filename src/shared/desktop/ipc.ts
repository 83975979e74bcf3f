/** The IPC channels of the desktop shell's features, merged into src/shared/ipc.ts. */
import { z } from 'zod';
import type { DesktopChannel } from './ipc-names';
import type { AppLockState, ConnectionReport, NetworkInfo, WhatsNew } from './types';

const returns = <T>() => null as unknown as T;

export const desktopIpc = {
  /** the network stack in use and the proxy it takes for the API (Einstellungen → Verbindung) */
  'network:info': { input: z.undefined(), output: returns<NetworkInfo>() },
  /** "Verbindung testen": the API's health endpoint, and what failed when it did */
  'network:test': { input: z.undefined(), output: returns<ConnectionReport>() },
  /** after an update, once: the new version and its notes; null otherwise */
  'app:whatsNew': { input: z.undefined(), output: returns<WhatsNew | null>() },
  /** "Verstanden": not shown again for this version */
  'app:whatsNewSeen': { input: z.undefined(), output: returns<null>() },
  'appLock:get': { input: z.undefined(), output: returns<AppLockState>() },
  /** "Jetzt sperren" (Ctrl+L) */
  'appLock:lock': { input: z.undefined(), output: returns<AppLockState>() },
  /** the account password, or nothing for the OS's own confirmation */
  'appLock:unlock': {
    input: z.object({ password: z.string().min(1).max(1024).optional() }).strict(),
    output: returns<AppLockState>(),
  },
} satisfies Record<DesktopChannel, { input: z.ZodType; output: unknown }>;
