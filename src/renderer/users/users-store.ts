/**
 * Benutzerverwaltung: the team (users and pending invitations) from main, and the writes on
 * it. Each write mirrors its answer at once; sync's next 'data:changed' brings the server's word.
 */
import { create } from 'zustand';
import { RIGHTS, type Right, type Team } from '../../shared/team/types';
import { createCachedStore } from '../billing/cached-store';
import { splitError, type FieldErrors } from '../components/form-errors';
import { checkEmail } from '../auth/validation';
import { AppError, call, subscribe } from '../ipc';

export const teamStore = createCachedStore<Team>(() => call('team:get'), ['team']);

export function connectTeam(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (teamStore.resources.includes(resource)) void teamStore.load();
  });
  void teamStore.load();
  return () => {
    off();
    teamStore.reset();
    resetUsersStore();
  };
}

/** the rights a new invitation starts with: the everyday ones, not users or payment */
export const DEFAULT_INVITE_RIGHTS: readonly Right[] = ['contracts', 'domains', 'dns', 'tickets'];

export type InviteField = 'email' | 'rights';

/** A user or invitation whose removal is being confirmed. */
export type Removal = { what: 'user' | 'invitation'; id: string; label: string };

interface UsersStore {
  inviting: boolean;
  email: string;
  rights: Right[];
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<InviteField>;
  notice: { key: 'invited' | 'rightsSaved' | 'removed' | 'revoked'; email: string } | null;
  /** the user whose rights are being edited, with the rights as ticked */
  editing: { userId: string; rights: Right[] } | null;
  removal: Removal | null;
  removalError: AppError | null;
  openInvite: () => void;
  closeInvite: () => void;
  setEmail: (value: string) => void;
  toggle: (right: Right, on: boolean) => void;
  invite: () => Promise<void>;
  editRights: (userId: string, rights: Right[]) => void;
  toggleEdited: (right: Right, on: boolean) => void;
  saveRights: () => Promise<void>;
  cancelEdit: () => void;
  askRemove: (removal: Removal) => void;
  cancelRemove: () => void;
  confirmRemove: () => Promise<void>;
}

const initial = {
  inviting: false,
  email: '',
  rights: [...DEFAULT_INVITE_RIGHTS],
  pending: false,
  formError: null,
  fieldErrors: {},
  notice: null,
  editing: null,
  removal: null,
  removalError: null,
} satisfies Partial<UsersStore>;

/** rights in the one order of RIGHTS, whatever order they were ticked in */
const ordered = (rights: Right[]) => RIGHTS.filter((r) => rights.includes(r));
const withRight = (rights: Right[], right: Right, on: boolean) =>
  ordered(on ? [...rights, right] : rights.filter((r) => r !== right));

export const useUsersStore = create<UsersStore>()((set, get) => ({
  ...initial,
  openInvite: () => set({ ...initial, inviting: true }),
  closeInvite: () => set({ inviting: false, formError: null, fieldErrors: {} }),
  setEmail: (email) => set({ email, fieldErrors: {} }),
  toggle: (right, on) => set({ rights: withRight(get().rights, right, on) }),

  invite: async () => {
    const { email, rights, pending } = get();
    if (pending) return;
    const fieldErrors: FieldErrors<InviteField> = {};
    const emailError = checkEmail(email);
    if (emailError) fieldErrors.email = emailError;
    if (rights.length === 0) fieldErrors.rights = 'errors.field.rights_required';
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors, formError: null });
      return;
    }
    set({ pending: true, formError: null, fieldErrors: {} });
    try {
      const invitation = await call('users:invite', { email: email.trim(), rights });
      const team = teamStore.use.getState().cached?.data;
      if (team) {
        teamStore.put({
          ...team,
          invitations: [invitation, ...team.invitations.filter((i) => i.id !== invitation.id)],
        });
      }
      set({ ...initial, notice: { key: 'invited', email: invitation.email } });
    } catch (thrown) {
      const error = AppError.from(thrown);
      if (error.messageKey === 'errors.already_member') {
        set({ pending: false, fieldErrors: { email: error.messageKey } });
        return;
      }
      set({ pending: false, ...splitError(error, ['email', 'rights']) });
    }
  },

  editRights: (userId, rights) =>
    set({ editing: { userId, rights: ordered(rights) }, notice: null }),
  toggleEdited: (right, on) => {
    const editing = get().editing;
    if (editing) set({ editing: { ...editing, rights: withRight(editing.rights, right, on) } });
  },
  cancelEdit: () => set({ editing: null, formError: null }),
  saveRights: async () => {
    const { editing, pending } = get();
    if (!editing || pending) return;
    set({ pending: true, formError: null });
    try {
      const user = await call('users:setRights', editing);
      const team = teamStore.use.getState().cached?.data;
      if (team) {
        teamStore.put({ ...team, users: team.users.map((u) => (u.id === user.id ? user : u)) });
      }
      set({ pending: false, editing: null, notice: { key: 'rightsSaved', email: user.email } });
    } catch (thrown) {
      set({ pending: false, formError: AppError.from(thrown) });
    }
  },

  askRemove: (removal) => set({ removal, removalError: null, notice: null }),
  cancelRemove: () => set({ removal: null, removalError: null }),
  confirmRemove: async () => {
    const { removal, pending } = get();
    if (!removal || pending) return;
    set({ pending: true, removalError: null });
    try {
      if (removal.what === 'user') await call('users:remove', { userId: removal.id });
      else await call('invitations:revoke', { id: removal.id });
      const team = teamStore.use.getState().cached?.data;
      if (team) {
        teamStore.put({
          users: team.users.filter((u) => removal.what !== 'user' || u.id !== removal.id),
          invitations: team.invitations.filter(
            (i) => removal.what !== 'invitation' || i.id !== removal.id,
          ),
        });
      }
      set({
        pending: false,
        removal: null,
        notice: { key: removal.what === 'user' ? 'removed' : 'revoked', email: removal.label },
      });
    } catch (thrown) {
      set({ pending: false, removalError: AppError.from(thrown) });
    }
  },
}));

export function resetUsersStore(): void {
  useUsersStore.setState(initial);
}
