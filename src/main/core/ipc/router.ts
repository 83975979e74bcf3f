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

export function createRouter(handlers: Handlers, log?: Logger): IpcRouter {
  return {
    async handle(channel: string, input: unknown): Promise<IpcResult<unknown>> {
      if (!Object.hasOwn(ipcTable, channel)) {
        log?.warn('ipc: unknown channel refused', { channel: channel.slice(0, 64) });
        return { ok: false, error: { code: 'unknown_channel', messageKey: 'errors.unknown' } };
      }
      const name = channel as Channel;
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
