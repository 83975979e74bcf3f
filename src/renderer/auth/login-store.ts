/** The sign-in form: e-mail and password, then the TOTP step when main asks for it. */
import { create } from 'zustand';
import { useSessionStore } from '../app/session-store';
import { splitError, type FieldErrors } from '../components/form-errors';
import type { SessionState } from '../../shared/domain';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { RECOVERY_CODE, normalizeSecondFactor } from '../../shared/security/codes';
import { checkCode, checkEmail, checkRequired } from './validation';

export type LoginField = 'email' | 'password' | 'code';

/** where a sign-in with a recovery code leads (the Sicherheit screen) */
export const SECURITY_ROUTE = '/security';

/** A recovery code as printed: XXXX-XXXX-XXXX (case, spaces and dashes do not matter). */
export function checkRecoveryCode(value: string): string | undefined {
  const v = normalizeSecondFactor(value);
  if (v === '') return 'errors.field.required';
  if (!RECOVERY_CODE.test(v)) return 'errors.field.recovery_code_format';
  return undefined;
}

/** A wrong password and an unknown address get the same answer, and so the same message. */
export const WRONG_CREDENTIALS = 'errors.wrong_credentials';
export type LoginNotice = 'passwordChanged';

interface LoginStore {
  email: string;
  password: string;
  code: string;
  /** the second step with a recovery code instead of the authenticator's code */
  useRecovery: boolean;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<LoginField>;
  /** a message carried over from another screen (e.g. after a password reset) */
  notice: LoginNotice | null;
  /** where to go once signed in (e.g. back to an invitation to accept), else the dashboard */
  afterSignIn: string | null;
  setEmail: (value: string) => void;
  setPassword: (value: string) => void;
  setCode: (value: string) => void;
  setUseRecovery: (value: boolean) => void;
  showNotice: (notice: LoginNotice) => void;
  /** sign in as this address, then go to `route` */
  prepare: (email: string, route: string) => void;
  submitCredentials: () => Promise<void>;
  submitCode: () => Promise<void>;
  cancelMfa: () => Promise<void>;
}

const initial = {
  email: '',
  password: '',
  code: '',
  useRecovery: false,
  pending: false,
  formError: null,
  fieldErrors: {},
  notice: null,
  afterSignIn: null,
} satisfies Partial<LoginStore>;

export const useLoginStore = create<LoginStore>()((set, get) => {
  /** take main's new session; once signed in, go where the person was headed */
  const adopt = (session: SessionState) => {
    // signed in with a recovery code: Sicherheit says how many are left and what to do now
    if (session.status === 'signedIn' && session.recoveryCodesLeft !== undefined) {
      set({ afterSignIn: SECURITY_ROUTE });
    }
    const next = get().afterSignIn;
    if (session.status === 'signedIn' && next) {
      set({ afterSignIn: null });
      navigate(next);
    }
    useSessionStore.getState().setSession(session);
  };
  return {
    ...initial,
    setEmail: (email) => set({ email }),
    setPassword: (password) => set({ password }),
    setCode: (code) => set({ code }),
    setUseRecovery: (useRecovery) =>
      set({ useRecovery, code: '', fieldErrors: {}, formError: null }),
    showNotice: (notice) => set({ notice }),
    prepare: (email, route) => set({ email, password: '', afterSignIn: route, notice: null }),

    submitCredentials: async () => {
      const { email, password, pending } = get();
      if (pending) return;
      const fieldErrors: FieldErrors<LoginField> = {
        email: checkEmail(email),
        password: checkRequired(password),
      };
      if (fieldErrors.email || fieldErrors.password) {
        set({ fieldErrors, formError: null, notice: null });
        return;
      }
      set({ pending: true, fieldErrors: {}, formError: null, notice: null });
      try {
        const session = await call('session:login', { email: email.trim(), password });
        set({ pending: false, password: '', code: '' });
        adopt(session);
      } catch (thrown) {
        const error = AppError.from(thrown);
        const wrong = error.messageKey === 'errors.wrong_password';
        const { formError, fieldErrors: serverErrors } = splitError(error, ['email', 'password']);
        set({
          pending: false,
          formError,
          // the server does not say which of the two was wrong (nobody learns who has an
          // account); the password is retyped, the address the person typed stays
          fieldErrors: wrong ? { password: WRONG_CREDENTIALS } : serverErrors,
          ...(wrong ? { password: '' } : {}),
        });
      }
    },

    submitCode: async () => {
      const { code, pending, useRecovery } = get();
      if (pending) return;
      const codeError = useRecovery ? checkRecoveryCode(code) : checkCode(code);
      if (codeError) {
        set({ fieldErrors: { code: codeError }, formError: null });
        return;
      }
      set({ pending: true, fieldErrors: {}, formError: null });
      try {
        const session = await call('session:mfa', { code: normalizeSecondFactor(code) });
        set({ pending: false, code: '', useRecovery: false });
        adopt(session);
      } catch (thrown) {
        const error = AppError.from(thrown);
        if (error.messageKey === 'errors.mfa_token_invalid') {
          // the pending sign-in is gone: back to e-mail and password, with the reason
          set({ pending: false, code: '', formError: error, fieldErrors: {} });
          useSessionStore.getState().setSession({ status: 'signedOut' });
          return;
        }
        const { formError, fieldErrors } = splitError(error, ['code']);
        set({ pending: false, formError, fieldErrors, ...(fieldErrors.code ? { code: '' } : {}) });
      }
    },

    cancelMfa: async () => {
      set({ code: '', useRecovery: false, fieldErrors: {}, formError: null });
      await useSessionStore.getState().logout();
    },
  };
});

/** Back to an empty form (tests, and after signing out). */
export function resetLoginStore(): void {
  useLoginStore.setState(initial);
}
