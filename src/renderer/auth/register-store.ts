/**
 * "Registrieren": e-mail and password, then the token from the confirmation e-mail. The
 * server answers the same for a new and a known address (no account enumeration).
 */
import { create } from 'zustand';
import { hasFieldErrors, splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { tokenFromInput } from './team-routes';
import { checkEmail, checkRepeat, checkRequired, checkToken } from './validation';

export type RegisterField = 'email' | 'password' | 'repeat' | 'token';
export type RegisterStep = 'form' | 'confirm' | 'confirmed';

interface RegisterStore {
  step: RegisterStep;
  email: string;
  password: string;
  repeat: string;
  token: string;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<RegisterField>;
  setEmail: (value: string) => void;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  setToken: (value: string) => void;
  /** a confirmation link was opened: straight to the confirm step with its token */
  openLink: (token: string) => void;
  submit: () => Promise<void>;
  confirm: () => Promise<void>;
}

const initial = {
  step: 'form' as RegisterStep,
  email: '',
  password: '',
  repeat: '',
  token: '',
  pending: false,
  formError: null,
  fieldErrors: {},
} satisfies Partial<RegisterStore>;

export const useRegisterStore = create<RegisterStore>()((set, get) => ({
  ...initial,
  setEmail: (email) => set({ email }),
  setPassword: (password) => set({ password }),
  setRepeat: (repeat) => set({ repeat }),
  setToken: (token) => set({ token }),
  openLink: (token) => set({ step: 'confirm', token, fieldErrors: {}, formError: null }),

  submit: async () => {
    const { email, password, repeat, pending } = get();
    if (pending) return;
    const fieldErrors: FieldErrors<RegisterField> = {
      email: checkEmail(email),
      password: checkRequired(password),
      repeat: password === '' ? undefined : checkRepeat(password, repeat),
    };
    if (hasFieldErrors(fieldErrors)) {
      set({ fieldErrors, formError: null });
      return;
    }
    set({ pending: true, fieldErrors: {}, formError: null });
    try {
      await call('register:create', { email: email.trim(), password });
      set({ pending: false, step: 'confirm', password: '', repeat: '' });
    } catch (thrown) {
      set({ pending: false, ...splitError(AppError.from(thrown), ['email', 'password']) });
    }
  },

  confirm: async () => {
    const { pending } = get();
    if (pending) return;
    const token = tokenFromInput(get().token);
    const tokenError = checkToken(token);
    if (tokenError) {
      set({ fieldErrors: { token: tokenError }, formError: null });
      return;
    }
    set({ pending: true, fieldErrors: {}, formError: null });
    try {
      await call('register:confirmEmail', { token });
      set({ pending: false, step: 'confirmed', token: '' });
    } catch (thrown) {
      const error = AppError.from(thrown);
      if (error.messageKey === 'errors.verify_token_invalid') {
        set({ pending: false, fieldErrors: { token: error.messageKey } });
        return;
      }
      set({ pending: false, ...splitError(error, ['token']) });
    }
  },
}));

export function resetRegisterStore(): void {
  useRegisterStore.setState(initial);
}
