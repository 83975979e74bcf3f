/**
 * The IPC channels of "Kosten": the costs per contract of a period with the forecast of the
 * next invoice, and the same costs saved as CSV. Merged into the one table in src/shared/ipc.ts.
 */
import { z } from 'zod';
import type { CostsChannel } from './ipc-names';
import type { CostsReport } from './types';

const returns = <T>() => null as unknown as T;
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** both days included; a reversed range is refused at "to" */
const period = z
  .object({ from: day, to: day })
  .strict()
  .refine((range) => range.from <= range.to, { path: ['to'], message: 'range_reversed' });

export const costsIpc = {
  /** from the cache; invoice details not cached are fetched while online (`missing` counts the rest) */
  'billing:costs': { input: period, output: returns<CostsReport>() },
  /** the report's rows as CSV through the save dialog */
  'billing:costsCsv': { input: period, output: returns<{ saved: boolean; count: number }>() },
} satisfies Record<CostsChannel, { input: z.ZodType; output: unknown }>;
