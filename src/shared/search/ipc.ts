/** The IPC channel of the global search, merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { SearchChannel } from './ipc-names';
import { DATA_KINDS, SEARCH_LIMIT_MAX, SEARCH_QUERY_MAX, type SearchAnswer } from './types';

const returns = <T>() => null as unknown as T;

export const searchIpc = {
  /**
   * The cached invoices, contracts, domains, tickets and contacts matching the query, best
   * first, at most `limit` of each kind (SEARCH_LIMIT_MAX of the kind `expand` names), with
   * each kind's total; resources the user may not see are left out. Null while signed out.
   */
  'search:query': {
    input: z
      .object({
        query: z.string().max(SEARCH_QUERY_MAX),
        limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
        expand: z.enum(DATA_KINDS).optional(),
      })
      .strict(),
    output: returns<SearchAnswer | null>(),
  },
} satisfies Record<SearchChannel, { input: z.ZodType; output: unknown }>;
