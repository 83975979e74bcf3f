/**
 * "Passwort ändern": current password, the new one twice. Whatever the person typed stays after
 * an error, except a password the server refused, which is asked for again.
 */
import { create } from 'zustand';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { checkRepeat, checkRequired } from '../auth/validation';
import { passwordVerdict } from '../auth/use-password-verdict';

export type PasswordChangeField = 'currentPassword' | 'newPassword' | 'repeat';
const FIELDS: readonly PasswordChangeField[] = ['currentPassword', 'newPassword', 'repeat'];

interface PasswordChangeStore {
  currentPassword: string;
  newPassword: string;
  repeat: string;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<PasswordChangeField>;
  /** counts refused submits: each one moves focus to the first field to fix */
  refused: number;
  /** after success: how many other sessions ended */
  done: { ended: number } | null;
  set: (field: PasswordChangeField, value: string) => void;
  submit: (email: string) => Promise<void>;
}

const initial = {
  currentPassword: '',
  newPassword: '',
  repeat: '',
  pending: false,
  formError: null,
  fieldErrors: {},
  refused: 0,
  done: null,
} satisfies Partial<PasswordChangeStore>;

export const usePasswordChangeStore = create<PasswordChangeStore>()((set, get) => ({
  ...initial,
  set: (field, value) => {
    const { [field]: _dropped, ...rest } = get().fieldErrors;
    set({ [field]: value, fieldErrors: rest, done: null } as Partial<PasswordChangeStore>);
  },

  submit: async (email) => {
    const form = get();
    if (form.pending) return;
    const fieldErrors: FieldErrors<PasswordChangeField> = {};
    const current = checkRequired(form.currentPassword);
    if (current) fieldErrors.currentPassword = current;
    const fresh = checkRequired(form.newPassword);
    if (fresh) fieldErrors.newPassword = fresh;
    else if ((await passwordVerdict(form.newPassword, email).catch(() => null))?.problem) {
      // the server's own rule: refused here already, with the same words
      fieldErrors.newPassword = 'errors.field.weak_password';
    }
    const repeat = checkRepeat(form.newPassword, form.repeat);
    if (repeat) fieldErrors.repeat = repeat;
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors, formError: null, refused: form.refused + 1 });
      return;
    }
    set({ pending: true, fieldErrors: {}, formError: null });
    try {
      const done = await call('security:changePassword', {
        currentPassword: form.currentPassword,
        newPassword: form.newPassword,
      });
      set({ ...initial, done });
    } catch (thrown) {
      const error = AppError.from(thrown);
      const split = splitError(error, FIELDS);
      // a wrong current password belongs to its field (step-up answers have no field list)
      const fields =
        error.messageKey === 'errors.wrong_password' && !split.fieldErrors.currentPassword
          ? { currentPassword: 'errors.wrong_password' }
          : split.fieldErrors;
      set({
        pending: false,
        formError: fields === split.fieldErrors ? split.formError : null,
        fieldErrors: fields,
        refused: get().refused + 1,
        ...(fields.currentPassword ? { currentPassword: '' } : {}),
      });
    }
  },
}));

export function resetPasswordChangeStore(): void {
  usePasswordChangeStore.setState(initial);
}
