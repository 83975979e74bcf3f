/**
 * The transport-agnostic IPC router. Every call names a channel of the shared table; its input
 * is checked against that channel's zod schema before any handler runs, and every failure
 * comes back as `{code, messageKey}`, never as a thrown Error with internals in it.
 */
import type { IpcResult } from '../../../shared/domain';
import { ipcTable, type Channel, type IpcTable, type OutputOf } from '../../../shared/ipc';
import type { IpcRouter, Logger } from '../app-core-types';
import { fieldsFromZod, toIpcError } from './error-map';

export type Handlers = {
  [C in Channel]: (
    input: import('zod').output<IpcTable[C]['input']>,
  ) => Promise<OutputOf<C>> | OutputOf<C>;
};

/** deeper than any schema of the table nests (the deepest is an object in an array in one) */
const MAX_DEPTH = 16;
/** a UTF-16 surrogate without its other half: no text a person typed, and no URL can carry it */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The first path of a value zod would accept but the core cannot use: a string (or key) with a
 * lone surrogate, which encodeURIComponent and the API's JSON refuse, or nesting deeper than
 * the table knows. Walked without recursion, so no input can exhaust the stack.
 */
export function unusableAt(input: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path;
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_DEPTH) return path;
      for (const [key, child] of Object.entries(value)) {
        const at = [...path, Array.isArray(value) ? Number(key) : key];
        if (LONE_SURROGATE.test(key)) return at;
        stack.push({ value: child, path: at });
      }
    }
  }
  return null;
}

export function createRouter(handlers: Handlers, log?: Logger): IpcRouter {
  return {
    async handle(channel: string, input: unknown): Promise<IpcResult<unknown>> {
      if (!Object.hasOwn(ipcTable, channel)) {
        log?.warn('ipc: unknown channel refused', { channel: channel.slice(0, 64) });
        return { ok: false, error: { code: 'unknown_channel', messageKey: 'errors.unknown' } };
      }
      const name = channel as Channel;
      const unusable = unusableAt(input);
      if (unusable) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            messageKey: 'errors.invalid_input',
            fields: { [String(unusable[0] ?? '_')]: 'errors.field.invalid' },
          },
        };
      }
      const parsed = ipcTable[name].input.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            messageKey: 'errors.invalid_input',
            fields: fieldsFromZod(parsed.error),
          },
        };
      }
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        return { ok: true, data: (await handler(parsed.data)) ?? null };
      } catch (error) {
        const mapped = toIpcError(error);
        if (mapped.code === 'internal') {
          log?.error('ipc: handler failed', { channel: name, error: String(error) });
        }
        return { ok: false, error: mapped };
      }
    },
  };
}
