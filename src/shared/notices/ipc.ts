/** The IPC channels of the provider notices, merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { Cached } from '../domain';
import type { NoticesChannel } from './ipc-names';
import type { Notice } from './types';

const returns = <T>() => null as unknown as T;

export const noticesIpc = {
  /** the cached notices touching the customer, newest first; null while nothing is cached */
  'notices:list': { input: z.undefined(), output: returns<Cached<Notice[]> | null>() },
  /** one notice from the cache; null when it is not (or no longer) there */
  'notices:get': {
    input: z.object({ id: z.string().trim().min(1).max(64) }).strict(),
    output: returns<Cached<Notice> | null>(),
  },
} satisfies Record<NoticesChannel, { input: z.ZodType; output: unknown }>;
