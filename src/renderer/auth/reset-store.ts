/** "Passwort zurücksetzen": the token from the e-mail and a new password. */
import { create } from 'zustand';
import { hasFieldErrors, splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { checkRepeat, checkRequired, checkToken } from './validation';

export type ResetField = 'token' | 'password' | 'repeat';

interface ResetStore {
  token: string;
  password: string;
  repeat: string;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<ResetField>;
  setToken: (value: string) => void;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  /** resolves true once the password is changed */
  submit: () => Promise<boolean>;
}

const initial = {
  token: '',
  password: '',
  repeat: '',
  pending: false,
  formError: null,
  fieldErrors: {},
} satisfies Partial<ResetStore>;

export const useResetStore = create<ResetStore>()((set, get) => ({
  ...initial,
  setToken: (token) => set({ token }),
  setPassword: (password) => set({ password }),
  setRepeat: (repeat) => set({ repeat }),
  submit: async () => {
    const { token, password, repeat, pending } = get();
    if (pending) return false;
    const fieldErrors: FieldErrors<ResetField> = {
      token: checkToken(token),
      password: checkRequired(password),
      repeat: password === '' ? undefined : checkRepeat(password, repeat),
    };
    if (hasFieldErrors(fieldErrors)) {
      set({ fieldErrors, formError: null });
      return false;
    }
    set({ pending: true, fieldErrors: {}, formError: null });
    try {
      await call('password:reset', { token: token.trim(), password });
      set(initial);
      return true;
    } catch (thrown) {
      set({ pending: false, ...splitError(AppError.from(thrown), ['token', 'password']) });
      return false;
    }
  },
}));

export function resetResetStore(): void {
  useResetStore.setState(initial);
}
