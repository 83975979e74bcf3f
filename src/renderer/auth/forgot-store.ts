/** "Passwort vergessen": ask main to send the reset e-mail. */
import { create } from 'zustand';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { checkEmail } from './validation';

interface ForgotStore {
  email: string;
  pending: boolean;
  /** the request went out; the answer is the same whether the account exists or not */
  sent: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<'email'>;
  setEmail: (value: string) => void;
  /** start over, e.g. with the address typed on the login screen */
  start: (email: string) => void;
  submit: () => Promise<void>;
}

const initial = {
  email: '',
  pending: false,
  sent: false,
  formError: null,
  fieldErrors: {},
} satisfies Partial<ForgotStore>;

export const useForgotStore = create<ForgotStore>()((set, get) => ({
  ...initial,
  setEmail: (email) => set({ email }),
  start: (email) => set({ ...initial, email }),
  submit: async () => {
    const { email, pending } = get();
    if (pending) return;
    const emailError = checkEmail(email);
    if (emailError) {
      set({ fieldErrors: { email: emailError }, formError: null });
      return;
    }
    set({ pending: true, fieldErrors: {}, formError: null });
    try {
      await call('password:forgot', { email: email.trim() });
      set({ pending: false, sent: true });
    } catch (thrown) {
      set({ pending: false, ...splitError(AppError.from(thrown), ['email']) });
    }
  },
}));

export function resetForgotStore(): void {
  useForgotStore.setState(initial);
}
