/**
 * The renderer's only door to main: typed by the shared IPC table, unwrapping IpcResult so that
 * callers get data or an AppError they can show (its messageKey is an i18n key).
 */
import type { Channel, EventPayloads, InputOf, OutputOf } from '../shared/ipc';
import type { EventName } from '../shared/ipc-names';
import type { IpcError } from '../shared/domain';

/** An error main reported (or the bridge failed with), ready to be shown through i18n. */
export class AppError extends Error {
  readonly code: string;
  readonly messageKey: string;
  readonly retryAfter?: number;
  readonly fields?: Readonly<Record<string, string>>;
  /** values for the message's placeholders (e.g. the domains that still use a contact) */
  readonly params?: Readonly<Record<string, string>>;
  /** epoch ms when the error arrived, so "try again at …" is stable across renders */
  readonly receivedAt: number;

  constructor(error: IpcError, receivedAt: number = Date.now()) {
    super(error.code);
    this.name = 'AppError';
    this.code = error.code;
    this.messageKey = error.messageKey;
    if (error.retryAfter !== undefined) this.retryAfter = error.retryAfter;
    if (error.fields !== undefined) this.fields = { ...error.fields };
    if (error.params !== undefined) this.params = { ...error.params };
    this.receivedAt = receivedAt;
  }

  /** Whatever was thrown, as an AppError (unknown failures become errors.unknown). */
  static from(thrown: unknown): AppError {
    if (thrown instanceof AppError) return thrown;
    return new AppError({ code: 'unknown', messageKey: 'errors.unknown' });
  }
}

type InputArgs<C extends Channel> = [InputOf<C>] extends [undefined]
  ? [input?: undefined]
  : [input: InputOf<C>];

function bridge(): Window['kc'] {
  const kc = (globalThis as { kc?: Window['kc'] }).kc;
  if (!kc) throw new AppError({ code: 'no_bridge', messageKey: 'errors.unknown' });
  return kc;
}

/** Invoke a channel; resolves with its data or rejects with an AppError. */
export async function call<C extends Channel>(
  channel: C,
  ...args: InputArgs<C>
): Promise<OutputOf<C>> {
  let result;
  try {
    result = await bridge().invoke(channel, args[0]);
  } catch (thrown) {
    throw AppError.from(thrown);
  }
  if (result.ok) return result.data;
  throw new AppError(result.error);
}

/** Listen to an event from main; returns the unsubscribe function. */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  return bridge().on(event, listener);
}
