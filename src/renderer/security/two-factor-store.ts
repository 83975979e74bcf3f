/**
 * "Zwei-Faktor-Anmeldung": turning it on (password, then the QR code and a code from the app,
 * then the recovery codes shown once), off (password and a current code), and new recovery
 * codes (password). Typed text survives an error, except a refused password.
 */
import { create } from 'zustand';
import { normalizeSecondFactor } from '../../shared/security/codes';
import type { TotpEnrollment } from '../../shared/security/types';
import { splitError, type FieldErrors } from '../components/form-errors';
import { checkCode, checkRequired } from '../auth/validation';
import { checkRecoveryCode } from '../auth/login-store';
import { AppError, call } from '../ipc';

export type TwoFactorPhase = 'idle' | 'start' | 'enroll' | 'codes' | 'disable' | 'regenerate';
export type TwoFactorField = 'password' | 'code';
export type TwoFactorNotice = 'enabled' | 'disabled' | 'regenerated' | 'copied' | 'saved';

interface TwoFactorStore {
  phase: TwoFactorPhase;
  password: string;
  code: string;
  enrollment: TotpEnrollment | null;
  /** the recovery codes, while they are shown (once) */
  codes: string[] | null;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<TwoFactorField>;
  refused: number;
  notice: TwoFactorNotice | null;
  open: (phase: 'start' | 'disable' | 'regenerate') => void;
  cancel: () => void;
  setPassword: (value: string) => void;
  setCode: (value: string) => void;
  submit: () => Promise<void>;
  copyCodes: () => Promise<void>;
  saveCodes: () => Promise<void>;
  /** the person has kept the codes: they are gone from the screen */
  finish: () => void;
}

const initial = {
  phase: 'idle',
  password: '',
  code: '',
  enrollment: null,
  codes: null,
  pending: false,
  formError: null,
  fieldErrors: {},
  refused: 0,
  notice: null,
} satisfies Partial<TwoFactorStore>;

/** Any code the disable form takes: the app's six digits or a recovery code. */
function checkAnyCode(value: string): string | undefined {
  const compact = normalizeSecondFactor(value);
  if (/^\d+$/.test(compact)) return checkCode(compact);
  return checkRecoveryCode(compact);
}

export const useTwoFactorStore = create<TwoFactorStore>()((set, get) => {
  const refuse = (fieldErrors: FieldErrors<TwoFactorField>) =>
    set({ fieldErrors, formError: null, refused: get().refused + 1 });

  const fail = (thrown: unknown) => {
    const error = AppError.from(thrown);
    const split = splitError(error, ['password', 'code'] as const);
    set({
      pending: false,
      formError: split.formError,
      fieldErrors: split.fieldErrors,
      refused: get().refused + 1,
      ...(split.fieldErrors.password ? { password: '' } : {}),
      ...(split.fieldErrors.code ? { code: '' } : {}),
    });
    // the secret waited too long: start over from the password
    if (error.messageKey === 'errors.totp_setup_missing') set({ phase: 'start', enrollment: null });
  };

  return {
    ...initial,
    open: (phase) => set({ ...initial, phase }),
    cancel: () => set({ ...initial }),
    setPassword: (password) => {
      const { password: _dropped, ...rest } = get().fieldErrors;
      set({ password, fieldErrors: rest });
    },
    setCode: (code) => {
      const { code: _dropped, ...rest } = get().fieldErrors;
      set({ code, fieldErrors: rest });
    },

    submit: async () => {
      const { phase, password, code, pending } = get();
      if (pending) return;
      if (phase === 'start' || phase === 'regenerate') {
        const missing = checkRequired(password);
        if (missing) return refuse({ password: missing });
        set({ pending: true, fieldErrors: {}, formError: null });
        try {
          if (phase === 'start') {
            const enrollment = await call('security:totpStart', { password });
            set({ ...initial, phase: 'enroll', enrollment });
          } else {
            const { codes } = await call('security:recoveryRegenerate', { password });
            set({ ...initial, phase: 'codes', codes, notice: 'regenerated' });
          }
        } catch (thrown) {
          fail(thrown);
        }
        return;
      }
      if (phase === 'enroll') {
        const wrong = checkCode(code);
        if (wrong) return refuse({ code: wrong });
        set({ pending: true, fieldErrors: {}, formError: null });
        try {
          const { codes } = await call('security:totpConfirm', {
            code: normalizeSecondFactor(code),
          });
          set({ ...initial, phase: 'codes', codes, notice: 'enabled' });
        } catch (thrown) {
          fail(thrown);
        }
        return;
      }
      if (phase === 'disable') {
        const fieldErrors: FieldErrors<TwoFactorField> = {};
        const missing = checkRequired(password);
        if (missing) fieldErrors.password = missing;
        const wrong = checkAnyCode(code);
        if (wrong) fieldErrors.code = wrong;
        if (Object.keys(fieldErrors).length > 0) return refuse(fieldErrors);
        set({ pending: true, fieldErrors: {}, formError: null });
        try {
          await call('security:totpDisable', { password, code: normalizeSecondFactor(code) });
          set({ ...initial, notice: 'disabled' });
        } catch (thrown) {
          fail(thrown);
        }
      }
    },

    copyCodes: async () => {
      const codes = get().codes;
      if (!codes) return;
      try {
        await call('clipboard:writeText', { text: codes.join('\n') });
        set({ notice: 'copied', formError: null });
      } catch (thrown) {
        set({ formError: AppError.from(thrown) });
      }
    },

    saveCodes: async () => {
      const codes = get().codes;
      if (!codes) return;
      try {
        const { saved } = await call('security:recoverySave', { codes });
        if (saved) set({ notice: 'saved', formError: null });
      } catch (thrown) {
        set({ formError: AppError.from(thrown) });
      }
    },

    finish: () => set({ ...initial }),
  };
});

export function resetTwoFactorStore(): void {
  useTwoFactorStore.setState(initial);
}
