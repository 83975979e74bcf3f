/** The IPC channels of the remembered view state, merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { ViewsChannel } from './ipc-names';
import { SORT_KEY_PATTERN, SORTABLE_LISTS, type ViewState } from './types';

const returns = <T>() => null as unknown as T;

export const listSortSchema = z
  .object({ key: z.string().regex(SORT_KEY_PATTERN), dir: z.enum(['asc', 'desc']) })
  .strict();

export const viewsIpc = {
  /** the sorts of the lists and the keychain notice's state for the signed-in account */
  'views:state': { input: z.undefined(), output: returns<ViewState>() },
  /** a list sorted by another column or direction; kept in the settings */
  'views:setSort': {
    input: z.object({ list: z.enum(SORTABLE_LISTS), sort: listSortSchema }).strict(),
    output: returns<void>(),
  },
  /** "Kein Schlüsselbund" dismissed: not shown again to this sign-in account on this device */
  'views:dismissVaultNotice': { input: z.undefined(), output: returns<void>() },
} satisfies Record<ViewsChannel, { input: z.ZodType; output: unknown }>;
