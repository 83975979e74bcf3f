/**
 * "Einladung annehmen": the token or link from the invitation e-mail → what it is about →
 * accept it (signed in with the invited address) or create the login it invites to.
 */
import { create } from 'zustand';
import type { InvitationInfo } from '../../shared/team/types';
import { useSessionStore } from '../app/session-store';
import { hasFieldErrors, splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { ROUTES } from '../router/routes';
import { tokenFromInput } from './team-routes';
import { checkRepeat, checkRequired, checkToken } from './validation';

export type InvitationField = 'token' | 'password' | 'repeat';

interface InvitationStore {
  token: string;
  /** the invitation the token names, once inspected */
  info: InvitationInfo | null;
  /** the token `info` belongs to */
  inspected: string | null;
  password: string;
  repeat: string;
  /** accepted by the signed-in user: the customer account they joined */
  joined: string | null;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<InvitationField>;
  setToken: (value: string) => void;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  inspect: (token?: string) => Promise<void>;
  /** signed in: join the inviting customer account */
  accept: () => Promise<void>;
  /** not signed in, new address: create the login with this password, then sign in */
  acceptNew: () => Promise<void>;
  /** back to the token field */
  restart: () => void;
}

const initial = {
  token: '',
  info: null,
  inspected: null,
  password: '',
  repeat: '',
  joined: null,
  pending: false,
  formError: null,
  fieldErrors: {},
} satisfies Partial<InvitationStore>;

/** the invitation's own refusals belong to the token field */
const TOKEN_ERRORS = ['errors.invitation_invalid', 'errors.not_found'];

export const useInvitationStore = create<InvitationStore>()((set, get) => {
  const refuse = (thrown: unknown, fields: InvitationField[]) => {
    const error = AppError.from(thrown);
    if (TOKEN_ERRORS.includes(error.messageKey)) {
      set({
        pending: false,
        info: null,
        inspected: null,
        fieldErrors: { token: error.messageKey },
      });
      return;
    }
    set({ pending: false, ...splitError(error, fields) });
  };
  return {
    ...initial,
    setToken: (token) => set({ token }),
    setPassword: (password) => set({ password }),
    setRepeat: (repeat) => set({ repeat }),
    restart: () => set(initial),

    inspect: async (given) => {
      if (get().pending) return;
      const token = tokenFromInput(given ?? get().token);
      const tokenError = checkToken(token);
      if (tokenError) {
        set({ token, fieldErrors: { token: tokenError }, formError: null });
        return;
      }
      set({ token, pending: true, fieldErrors: {}, formError: null, joined: null });
      try {
        const info = await call('invitations:inspect', { token });
        set({ pending: false, info, inspected: token });
      } catch (thrown) {
        refuse(thrown, ['token']);
      }
    },

    accept: async () => {
      const { inspected, pending, info } = get();
      if (pending || !inspected || !info) return;
      set({ pending: true, formError: null, fieldErrors: {} });
      try {
        await call('invitations:accept', { token: inspected });
        set({ ...initial, joined: info.customerName });
      } catch (thrown) {
        refuse(thrown, []);
      }
    },

    acceptNew: async () => {
      const { inspected, pending, password, repeat } = get();
      if (pending || !inspected) return;
      const fieldErrors: FieldErrors<InvitationField> = {
        password: checkRequired(password),
        repeat: password === '' ? undefined : checkRepeat(password, repeat),
      };
      if (hasFieldErrors(fieldErrors)) {
        set({ fieldErrors, formError: null });
        return;
      }
      set({ pending: true, formError: null, fieldErrors: {} });
      try {
        const session = await call('invitations:acceptNew', { token: inspected, password });
        set(initial);
        navigate(ROUTES.dashboard);
        useSessionStore.getState().setSession(session);
      } catch (thrown) {
        refuse(thrown, ['password']);
      }
    },
  };
});

export function resetInvitationStore(): void {
  useInvitationStore.setState(initial);
}
