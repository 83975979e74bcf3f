/** A fake window.kc for tests: canned answers per channel, recorded calls, events on demand. */
import type { EventPayloads, KcBridge } from '../../shared/ipc';
import type { ChannelName, EventName } from '../../shared/ipc-names';
import type { IpcError, IpcResult } from '../../shared/domain';

type Answer = IpcResult<unknown> | Promise<IpcResult<unknown>>;
export type Handler = (input: unknown) => Answer;

export interface FakeKc {
  bridge: KcBridge;
  calls: { channel: ChannelName; input: unknown }[];
  handlers: Partial<Record<ChannelName, Handler>>;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  callsTo(channel: ChannelName): unknown[];
}

export function ok<T>(data: T): IpcResult<T> {
  return { ok: true, data };
}

export function fail(messageKey: string, extra: Partial<IpcError> = {}): IpcResult<never> {
  return { ok: false, error: { code: messageKey.replace(/^errors\./, ''), messageKey, ...extra } };
}

/** Put a fake bridge on globalThis.kc (window.kc under jsdom). Unhandled channels fail. */
export function installFakeKc(handlers: Partial<Record<ChannelName, Handler>> = {}): FakeKc {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeKc['calls'] = [];
  const bridge = {
    invoke: (channel: ChannelName, input?: unknown) => {
      calls.push({ channel, input });
      const handler = fake.handlers[channel];
      return Promise.resolve(handler ? handler(input) : fail('errors.unknown'));
    },
    on: (event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  } as unknown as KcBridge;
  const fake: FakeKc = {
    bridge,
    calls,
    handlers: { ...handlers },
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
  };
  (globalThis as { kc?: KcBridge }).kc = bridge;
  return fake;
}

export function removeFakeKc(): void {
  delete (globalThis as { kc?: KcBridge }).kc;
}
