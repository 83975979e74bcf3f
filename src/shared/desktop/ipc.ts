/** The IPC channels of the desktop shell's features, merged into src/shared/ipc.ts. */
import { z } from 'zod';
import type { DesktopChannel } from './ipc-names';
import type { ConnectionReport, NetworkInfo } from './types';

const returns = <T>() => null as unknown as T;

export const desktopIpc = {
  /** the network stack in use and the proxy it takes for the API (Einstellungen → Verbindung) */
  'network:info': { input: z.undefined(), output: returns<NetworkInfo>() },
  /** "Verbindung testen": the API's health endpoint, and what failed when it did */
  'network:test': { input: z.undefined(), output: returns<ConnectionReport>() },
} satisfies Record<DesktopChannel, { input: z.ZodType; output: unknown }>;
