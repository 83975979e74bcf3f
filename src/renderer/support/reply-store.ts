/**
 * Replies being written, one draft per ticket, kept outside the view so nothing typed is lost
 * on an error or when the person opens another ticket and comes back. A reply goes to main's
 * outbox (sent at once online, else once back online); only then is the draft cleared.
 */
import { create } from 'zustand';
import type { OutboxEntry } from '../../shared/support/ipc';
import { MESSAGE_MAX } from '../../shared/support/types';
import { AppError, call } from '../ipc';
import { toUpload, type PickedAttachment, type RefusedFile } from './attachment-rules';
import { attachmentErrorsOf } from './new-ticket-store';
import { useOutboxStore } from './support-stores';

export interface ReplyDraft {
  body: string;
  attachments: PickedAttachment[];
  refused: RefusedFile[];
  attachmentErrors: Record<string, string>;
  pending: boolean;
  /** i18n key of an error about the text */
  bodyError: string | null;
  formError: AppError | null;
}

export const EMPTY_DRAFT: ReplyDraft = {
  body: '',
  attachments: [],
  refused: [],
  attachmentErrors: {},
  pending: false,
  bodyError: null,
  formError: null,
};

interface ReplyState {
  drafts: Record<string, ReplyDraft>;
  setBody: (ticketId: string, body: string) => void;
  addFiles: (ticketId: string, picked: PickedAttachment[], refused: RefusedFile[]) => void;
  removeFile: (ticketId: string, key: string) => void;
  /** resolves with the queued entry, or null when refused */
  send: (ticketId: string) => Promise<OutboxEntry | null>;
}

export const useReplyStore = create<ReplyState>()((set, get) => {
  const draft = (id: string) => get().drafts[id] ?? EMPTY_DRAFT;
  const patch = (id: string, change: Partial<ReplyDraft>) =>
    set((s) => ({
      drafts: { ...s.drafts, [id]: { ...(s.drafts[id] ?? EMPTY_DRAFT), ...change } },
    }));
  return {
    drafts: {},
    setBody: (id, body) => patch(id, { body, bodyError: null }),
    addFiles: (id, picked, refused) =>
      patch(id, { attachments: [...draft(id).attachments, ...picked], refused, formError: null }),
    removeFile: (id, key) => {
      const { [key]: _dropped, ...attachmentErrors } = draft(id).attachmentErrors;
      patch(id, {
        attachments: draft(id).attachments.filter((a) => a.key !== key),
        attachmentErrors,
        refused: [],
      });
    },
    send: async (id) => {
      const current = draft(id);
      if (current.pending) return null;
      const body = current.body.trim();
      if (body === '' || body.length > MESSAGE_MAX) {
        patch(id, {
          bodyError: body === '' ? 'errors.field.reply_required' : 'errors.field.message_too_long',
          formError: null,
        });
        return null;
      }
      patch(id, { pending: true, bodyError: null, formError: null, attachmentErrors: {} });
      try {
        const entry = await call('tickets:reply', {
          ticketId: id,
          body,
          ...(current.attachments.length > 0 ? { attachments: toUpload(current.attachments) } : {}),
        });
        set((s) => {
          const { [id]: _sent, ...drafts } = s.drafts;
          return { drafts };
        });
        void useOutboxStore.getState().load();
        return entry;
      } catch (thrown) {
        const error = AppError.from(thrown);
        const attachmentErrors = attachmentErrorsOf(error, current.attachments);
        const onFiles = Object.keys(attachmentErrors).length > 0;
        patch(id, { pending: false, attachmentErrors, formError: onFiles ? null : error });
        return null;
      }
    },
  };
});

/** No drafts (in tests). */
export function resetReplyStore(): void {
  useReplyStore.setState({ drafts: {} });
}
