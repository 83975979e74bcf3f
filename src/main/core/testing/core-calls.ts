/**
 * What the core's integration tests ask of a core: a channel's answer (throwing with the
 * error when it fails), and a probe waited for until it holds (bounded, so a test that waits
 * for what never comes fails by itself).
 */
import type { IpcResult } from '../../../shared/domain';
import type { Core } from '../app-core-types';

/** `call(channel, input)` on the core `current()` answers at the time of the call. */
export function callerOf(current: () => Core) {
  return async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await current().router.handle(channel, input)) as IpcResult<T>;
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data;
  };
}

/** `callOn(core, channel, input)`: the same on a core named at each call (tests with several). */
export function callOn<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  return callerOf(() => core)<T>(channel, input);
}

/** The probe's first truthy answer; fails after `ms` naming `what` it waited for. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
