/// <reference lib="dom" />
/**
 * The web host's stand-in for the preload: puts the same `window.kc` on the page, carried over
 * a loopback WebSocket instead of Electron IPC. Runs in the browser before the renderer bundle.
 * The per-run token arrives once in the page URL (?kc=…), is kept for this tab only and
 * removed from the address bar.
 */
import type { IpcResult } from '../../../shared/domain';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../shared/ipc-names';
import { BRIDGE_CLOSE, TOO_LARGE_ERROR } from './close-codes';

/** the host's frame limit, put in when the host bundles this file */
declare const __KC_MAX_FRAME_BYTES__: number;

type Listener = (payload: unknown) => void;
interface Reply {
  id: number;
  result: IpcResult<unknown>;
}
interface Push {
  event: string;
  payload: unknown;
}

const TOKEN_KEY = 'kc.webhost.token';
const url = new URL(location.href);
const fromUrl = url.searchParams.get('kc');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  url.searchParams.delete('kc');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}
const token = sessionStorage.getItem(TOKEN_KEY) ?? '';

const channels = new Set<string>(CHANNEL_NAMES);
const events = new Set<string>(EVENT_NAMES);
const listeners = new Map<string, Set<Listener>>();
const pending = new Map<number, (result: IpcResult<unknown>) => void>();
let nextId = 1;
let socket: WebSocket | null = null;
let opened: Promise<WebSocket> | null = null;

const hostGone: IpcResult<unknown> = {
  ok: false,
  error: { code: 'host_unreachable', messageKey: 'errors.unknown' },
};
const tooLarge: IpcResult<unknown> = { ok: false, error: { ...TOO_LARGE_ERROR } };

/** What the calls still waiting get when the host closed the connection with this code. */
function closedWith(code: number): IpcResult<unknown> {
  return code === BRIDGE_CLOSE.tooLarge ? tooLarge : hostGone;
}

/** Whether a frame is over the host's limit (UTF-8 bytes; counted only when it may be). */
function overLimit(frame: string): boolean {
  if (frame.length * 3 <= __KC_MAX_FRAME_BYTES__) return false;
  return new TextEncoder().encode(frame).length > __KC_MAX_FRAME_BYTES__;
}

function connect(): Promise<WebSocket> {
  opened ??= new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}/__kc/ws?token=${encodeURIComponent(token)}`);
    ws.onopen = () => {
      socket = ws;
      resolve(ws);
    };
    ws.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as Reply | Push;
      if ('id' in data) {
        pending.get(data.id)?.(data.result);
        pending.delete(data.id);
      } else {
        for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
      }
    };
    ws.onclose = (closed) => {
      socket = null;
      opened = null;
      for (const resolvePending of pending.values()) resolvePending(closedWith(closed.code));
      pending.clear();
      reject(new Error('closed'));
      // come back for the events as soon as the host is there again
      setTimeout(() => void connect().catch(() => undefined), 1000);
    };
  });
  return opened;
}

void connect().catch(() => undefined);

const kc = {
  async invoke(channel: string, input?: unknown): Promise<IpcResult<unknown>> {
    if (!channels.has(channel)) {
      return { ok: false, error: { code: 'unknown_channel', messageKey: 'errors.unknown' } };
    }
    let ws: WebSocket;
    try {
      ws = socket ?? (await connect());
    } catch {
      return hostGone;
    }
    const id = nextId++;
    const frame = JSON.stringify({ id, channel, input });
    // larger than any call the table allows: the host would close the connection over it
    if (overLimit(frame)) return tooLarge;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(frame);
    });
  },
  on(event: string, listener: Listener): () => void {
    if (!events.has(event)) return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

Object.defineProperty(window, 'kc', {
  value: Object.freeze(kc),
  writable: false,
  configurable: false,
});
