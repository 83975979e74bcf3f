/**
 * One bridge connection of the web host: every text frame is a call `{id, channel, input}`
 * for the IPC router, answered `{id, result}`. Whatever else arrives (binary, JSON that is no
 * call, a frame larger than any legal call, broken UTF-8) is answered by id where one can be
 * read, else the connection is closed with a code; the host itself never fails on a frame.
 */
import type { WebSocket } from 'ws';
import type { IpcResult } from '../../shared/domain';
import type { IpcRouter, Logger } from '../core/app-core-types';
import { BRIDGE_CLOSE } from './bridge/close-codes';

const ENVELOPE_KEYS = new Set(['id', 'channel', 'input']);

const invalidCall: IpcResult<never> = {
  ok: false,
  error: { code: 'invalid_input', messageKey: 'errors.invalid_input' },
};
const internal: IpcResult<never> = {
  ok: false,
  error: { code: 'internal', messageKey: 'errors.unknown' },
};

type Frame =
  | { kind: 'call'; id: number; channel: string; input: unknown }
  | { kind: 'refused'; id: number; result: IpcResult<never> }
  | { kind: 'malformed' };

/** Reads one text frame as a call; `malformed` when no id to answer can be read. */
export function readFrame(text: string): Frame {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { kind: 'malformed' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { kind: 'malformed' };
  }
  const { id, channel, input } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return { kind: 'malformed' };
  if (Object.keys(message).some((key) => !ENVELOPE_KEYS.has(key))) {
    return { kind: 'refused', id, result: invalidCall };
  }
  if (typeof channel !== 'string') {
    return {
      kind: 'refused',
      id,
      result: { ok: false, error: { code: 'unknown_channel', messageKey: 'errors.unknown' } },
    };
  }
  return { kind: 'call', id, channel, input };
}

export function serveBridgeSocket(ws: WebSocket, router: IpcRouter, log?: Logger): void {
  // without a listener an 'error' (oversized frame, broken UTF-8, reset) ends the process;
  // ws has already closed the connection with the fitting code when it fires
  ws.on('error', (error: Error & { code?: string }) => {
    log?.warn('webhost: bridge connection failed', { code: error.code ?? error.name });
  });

  const answer = (id: number, result: IpcResult<unknown>) => {
    if (ws.readyState !== ws.OPEN) return;
    let data: string;
    try {
      data = JSON.stringify({ id, result });
    } catch {
      data = JSON.stringify({ id, result: internal });
    }
    ws.send(data);
  };

  ws.on('message', (raw: Buffer | Buffer[] | ArrayBuffer, isBinary: boolean) => {
    if (isBinary) {
      ws.close(BRIDGE_CLOSE.unsupportedData, 'calls are JSON text frames');
      return;
    }
    let text: string;
    try {
      const bytes = Buffer.isBuffer(raw)
        ? raw
        : Array.isArray(raw)
          ? Buffer.concat(raw)
          : Buffer.from(raw);
      text = bytes.toString('utf8');
    } catch {
      // longer than a string may be: no call of the table is
      ws.close(BRIDGE_CLOSE.tooLarge, 'frame too large');
      return;
    }
    const frame = readFrame(text);
    if (frame.kind === 'malformed') {
      ws.close(BRIDGE_CLOSE.malformedCall, 'not a call');
      return;
    }
    if (frame.kind === 'refused') {
      answer(frame.id, frame.result);
      return;
    }
    router.handle(frame.channel, frame.input).then(
      (result) => answer(frame.id, result),
      (error: unknown) => {
        log?.error('webhost: a call failed outside the router', { error: String(error) });
        answer(frame.id, internal);
      },
    );
  });
}
