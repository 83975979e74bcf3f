/**
 * "Ticket eröffnen": the form's state. It lives outside the view so nothing typed is lost on
 * an error or when the person looks elsewhere and comes back; only a created ticket clears it.
 */
import { create } from 'zustand';
import type { OutputOf } from '../../shared/ipc';
import type { TicketDepartment, TicketPriority, TicketRelation } from '../../shared/support/types';
import { MESSAGE_MAX, SUBJECT_MAX } from '../../shared/support/types';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { toUpload, type PickedAttachment, type RefusedFile } from './attachment-rules';
import { ticketsStore, useOutboxStore } from './support-stores';

export type NewTicketField = 'department' | 'subject' | 'message' | 'related' | 'priority';
const FIELDS: readonly NewTicketField[] = [
  'department',
  'subject',
  'message',
  'related',
  'priority',
];

interface NewTicketState {
  department: TicketDepartment | '';
  subject: string;
  priority: TicketPriority;
  /** "<kind>:<id>" of the chosen contract or domain, '' for none */
  related: string;
  message: string;
  attachments: PickedAttachment[];
  /** files just refused, with the reason (cleared on the next pick) */
  refused: RefusedFile[];
  /** server refusals of single files: attachment key → i18n key */
  attachmentErrors: Record<string, string>;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<NewTicketField>;
  /** counts refused submits: each moves focus to the first field to fix */
  refused_: number;
  set: (
    patch: Partial<
      Pick<NewTicketState, 'department' | 'subject' | 'priority' | 'related' | 'message'>
    >,
  ) => void;
  addFiles: (picked: PickedAttachment[], refused: RefusedFile[]) => void;
  removeFile: (key: string) => void;
  /**
   * resolves with the created ticket, or its outbox entry when it waits to be sent (offline),
   * or null when refused
   */
  submit: (relations: readonly TicketRelation[]) => Promise<OutputOf<'tickets:create'> | null>;
}

const initial = {
  department: '' as const,
  subject: '',
  priority: 'normal' as const,
  related: '',
  message: '',
  attachments: [],
  refused: [],
  attachmentErrors: {},
  pending: false,
  formError: null,
  fieldErrors: {},
  refused_: 0,
} satisfies Partial<NewTicketState>;

/** The field errors a form holds before it is sent; i18n keys. */
export function checkNewTicket(form: {
  department: string;
  subject: string;
  message: string;
}): FieldErrors<NewTicketField> {
  const errors: FieldErrors<NewTicketField> = {};
  if (form.department === '') errors.department = 'errors.field.department_required';
  if (form.subject.trim() === '') errors.subject = 'errors.field.required';
  else if (form.subject.trim().length > SUBJECT_MAX)
    errors.subject = 'errors.field.subject_too_long';
  if (form.message.trim() === '') errors.message = 'errors.field.required';
  else if (form.message.trim().length > MESSAGE_MAX)
    errors.message = 'errors.field.message_too_long';
  return errors;
}

/** `attachments.<n>` field errors of the server, by the form's attachment keys. */
export function attachmentErrorsOf(
  error: AppError,
  attachments: readonly PickedAttachment[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(error.fields ?? {})) {
    const match = /^attachments\.(\d+)$/.exec(field);
    const file = match ? attachments[Number(match[1])] : undefined;
    if (file) out[file.key] = key;
  }
  return out;
}

export const useNewTicketStore = create<NewTicketState>()((set, get) => ({
  ...initial,
  set: (patch) => {
    const fieldErrors = { ...get().fieldErrors };
    for (const field of Object.keys(patch) as NewTicketField[]) delete fieldErrors[field];
    set({ ...patch, fieldErrors });
  },
  addFiles: (picked, refused) =>
    set((s) => ({ attachments: [...s.attachments, ...picked], refused, formError: null })),
  removeFile: (key) =>
    set((s) => {
      const { [key]: _dropped, ...attachmentErrors } = s.attachmentErrors;
      return {
        attachments: s.attachments.filter((a) => a.key !== key),
        attachmentErrors,
        refused: [],
      };
    }),
  submit: async (relations) => {
    const form = get();
    if (form.pending) return null;
    const fieldErrors = checkNewTicket(form);
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors, formError: null, refused_: form.refused_ + 1 });
      return null;
    }
    const relation = relations.find((r) => `${r.kind}:${r.id}` === form.related);
    set({ pending: true, fieldErrors: {}, formError: null, attachmentErrors: {} });
    try {
      const created = await call('tickets:create', {
        department: form.department as TicketDepartment,
        subject: form.subject.trim(),
        priority: form.priority,
        related: relation ? [relation] : [],
        message: form.message.trim(),
        ...(form.attachments.length > 0 ? { attachments: toUpload(form.attachments) } : {}),
      });
      set(initial);
      void ticketsStore.load();
      if (created.queued) void useOutboxStore.getState().load();
      return created;
    } catch (thrown) {
      const error = AppError.from(thrown);
      const attachmentErrors = attachmentErrorsOf(error, form.attachments);
      const split = splitError(error, FIELDS);
      const onFiles = Object.keys(attachmentErrors).length > 0;
      set({
        pending: false,
        attachmentErrors,
        formError: onFiles ? null : split.formError,
        fieldErrors: split.fieldErrors,
        refused_: get().refused_ + 1,
      });
      return null;
    }
  },
}));

/** Back to an empty form (in tests). */
export function resetNewTicketStore(): void {
  useNewTicketStore.setState(initial);
}
