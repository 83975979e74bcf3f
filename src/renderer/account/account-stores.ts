/**
 * Kundeninformationen: the account and its verification as cache-first documents from main,
 * plus the edit form. A save that meets someone else's change keeps both versions for the
 * person to choose, instead of overwriting either.
 */
import { create } from 'zustand';
import type { Account } from '../../shared/domain';
import type { AccountPatch, Verification } from '../../shared/team/types';
import { createCachedStore, type CachedStore } from '../billing/cached-store';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call, subscribe } from '../ipc';
import {
  ACCOUNT_FIELDS,
  checkAccountForm,
  formFromAccount,
  patchFromForm,
  type AccountField,
  type AccountForm,
} from './account-form';

export const accountStore = createCachedStore<Account>(() => call('account:get'), ['account']);
export const verificationStore = createCachedStore<Verification>(
  () => call('verification:get'),
  ['verification', 'account'],
);

const STORES = [accountStore, verificationStore] as CachedStore<unknown>[];

/** Load both documents and follow sync; the cleanup forgets them. */
export function connectAccountInfo(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    for (const store of STORES) if (store.resources.includes(resource)) void store.load();
  });
  for (const store of STORES) void store.load();
  return () => {
    off();
    for (const store of STORES) store.reset();
    resetAccountEdit();
  };
}

export interface Conflict {
  mine: AccountPatch;
  theirs: Account;
}

interface AccountEditStore {
  /** null: not editing */
  form: AccountForm | null;
  /** the data the form started from: if sync brings other data meanwhile, saving asks first */
  base: AccountForm | null;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<AccountField>;
  /** counts refused submits: each one moves focus to the first field to fix */
  refused: number;
  conflict: Conflict | null;
  saved: boolean;
  start: (account: Account) => void;
  cancel: () => void;
  change: <F extends AccountField>(field: F, value: AccountForm[F]) => void;
  save: () => Promise<void>;
  /** after a conflict: send my changes again, now over the current data */
  applyMine: () => Promise<void>;
  /** after a conflict: drop my changes, keep what is there now */
  takeTheirs: () => void;
}

const initial = {
  form: null,
  base: null,
  pending: false,
  formError: null,
  fieldErrors: {},
  refused: 0,
  conflict: null,
  saved: false,
} satisfies Partial<AccountEditStore>;

export const useAccountEdit = create<AccountEditStore>()((set, get) => {
  const send = async (patch: AccountPatch) => {
    set({ pending: true, formError: null, fieldErrors: {}, saved: false });
    try {
      const result = await call('account:update', patch);
      if (result.status === 'saved') {
        accountStore.put(result.account);
        set({ ...initial, saved: true });
        void verificationStore.load();
      } else {
        accountStore.put(result.theirs);
        set({
          pending: false,
          conflict: { mine: result.mine, theirs: result.theirs },
          base: formFromAccount(result.theirs),
        });
      }
    } catch (thrown) {
      const split = splitError(AppError.from(thrown), ACCOUNT_FIELDS);
      set({ pending: false, ...split, refused: get().refused + 1, conflict: null });
    }
  };
  return {
    ...initial,
    start: (account) =>
      set({ ...initial, form: formFromAccount(account), base: formFromAccount(account) }),
    cancel: () => set(initial),
    change: (field, value) => {
      const form = get().form;
      if (!form) return;
      const { [field]: _dropped, ...fieldErrors } = get().fieldErrors;
      set({ form: { ...form, [field]: value }, fieldErrors, saved: false });
    },
    save: async () => {
      const { form, pending, refused } = get();
      if (!form || pending) return;
      const fieldErrors = checkAccountForm(form);
      if (Object.keys(fieldErrors).length > 0) {
        set({ fieldErrors, formError: null, refused: refused + 1 });
        return;
      }
      // someone changed the data while I edited (sync brought it): show both, overwrite nothing
      const current = accountStore.use.getState().cached?.data;
      const base = get().base;
      if (current && base && !sameForm(formFromAccount(current), base)) {
        set({
          conflict: { mine: patchFromForm(form), theirs: current },
          base: formFromAccount(current),
          formError: null,
        });
        return;
      }
      await send(patchFromForm(form));
    },
    applyMine: async () => {
      const conflict = get().conflict;
      if (!conflict || get().pending) return;
      set({ conflict: null });
      await send(conflict.mine);
    },
    takeTheirs: () => set({ ...initial }),
  };
});

function sameForm(a: AccountForm, b: AccountForm): boolean {
  return ACCOUNT_FIELDS.every((field) => a[field] === b[field]);
}

export function resetAccountEdit(): void {
  useAccountEdit.setState(initial);
}
