/**
 * The sandboxed preload: puts `window.kc` into the page, a capability for the channels and
 * events of the shared contract and nothing else. ipcRenderer, process and require stay here.
 * Only ipc-names.ts is imported at runtime, so no schema library lands in the preload.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { IpcResult } from '../shared/domain';
import type { KcBridge } from '../shared/ipc';
import { CHANNEL_NAMES, EVENT_NAMES } from '../shared/ipc-names';

const channels: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const events: ReadonlySet<string> = new Set(EVENT_NAMES);

function failure(code: string, messageKey: string): IpcResult<never> {
  return { ok: false, error: { code, messageKey } };
}

const bridge: KcBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.resolve(failure('unknown_channel', 'errors.forbidden'));
    }
    return (ipcRenderer.invoke(channel, input) as Promise<IpcResult<never>>).catch(() =>
      failure('ipc_failed', 'errors.unknown'),
    );
  },
  on(event, listener) {
    if (typeof event !== 'string' || !events.has(event) || typeof listener !== 'function') {
      return () => undefined;
    }
    // The page gets the payload only: the IpcRendererEvent would hand it `sender` (ipcRenderer).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      (listener as (payload: unknown) => void)(payload);
    };
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('kc', bridge);
