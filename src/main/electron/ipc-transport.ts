/**
 * The router on ipcMain. The sender is checked here, once, before the core sees anything:
 * only the main frame of a page on the app's own origin may call. The core then validates
 * the input against the channel's schema.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcResult } from '../../shared/domain';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import type { Core, Logger } from '../core/app-core-types';
import type { OriginPolicy } from './app-origin';

export const FORBIDDEN_SENDER: IpcResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden_sender', messageKey: 'errors.forbidden' }),
});

const INTERNAL_ERROR: IpcResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', messageKey: 'errors.unknown' }),
});

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** True only for the top-level frame of an app page (not a sub-frame, not a foreign page). */
export function isTrustedSender(event: SenderEvent, policy: OriginPolicy): boolean {
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed while the message was in flight
  if (!frame) return false;
  if (frame.parent !== null) return false;
  const mainFrame = event.sender.mainFrame;
  // parent === null alone also matches a fenced frame's root; it must be *this* page's main frame
  if (frame !== mainFrame && frame.frameTreeNodeId !== mainFrame.frameTreeNodeId) return false;
  return policy.isAppOrigin(frame.origin) && policy.isAppUrl(frame.url);
}

export interface IpcTransportOptions {
  ipcMain: IpcMain;
  core: Pick<Core, 'router' | 'onEvent'>;
  policy: OriginPolicy;
  /** the WebContents that receive core events (the app's windows) */
  targets: () => readonly WebContents[];
  log?: Logger;
}

/** Registers a handler per channel and forwards core events; returns the undo. */
export function registerIpcTransport(options: IpcTransportOptions): () => void {
  const { ipcMain, core, policy, log } = options;

  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event, policy)) {
        // never log the input: it may hold a password
        log?.warn('ipc: refused a call from an untrusted sender', {
          channel,
          origin: event.senderFrame?.origin ?? null,
        });
        return FORBIDDEN_SENDER;
      }
      try {
        return await core.router.handle(channel, input);
      } catch (error) {
        log?.error('ipc: router failed', {
          channel,
          reason: error instanceof Error ? error.message : String(error),
        });
        return INTERNAL_ERROR;
      }
    });
  }

  const stopEvents = core.onEvent((name, payload) => {
    for (const contents of options.targets()) {
      if (contents.isDestroyed()) continue;
      if (!policy.isAppOrigin(contents.mainFrame.origin)) continue;
      contents.send(name, payload);
    }
  });

  return () => {
    stopEvents();
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
