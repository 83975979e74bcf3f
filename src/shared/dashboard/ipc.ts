/** The IPC channel of the "Übersicht", merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { DashboardChannel } from './ipc-names';
import type { DashboardOverview } from './types';

const returns = <T>() => null as unknown as T;

export const dashboardIpc = {
  /**
   * The overview's cards, computed in main from the synced collections (no request of its
   * own); a 'data:changed' for 'dashboard' says when to ask again. Null while signed out.
   */
  'dashboard:overview': { input: z.undefined(), output: returns<DashboardOverview | null>() },
} satisfies Record<DashboardChannel, { input: z.ZodType; output: unknown }>;
