/** Kontakte: the list from main, and the form for creating, editing and deleting one. */
import { create } from 'zustand';
import type { Contact } from '../../shared/team/types';
import { createCachedStore } from '../billing/cached-store';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call, subscribe } from '../ipc';
import {
  checkContactForm,
  CONTACT_FIELDS,
  EMPTY_CONTACT,
  formFromContact,
  inputFromForm,
  type ContactField,
  type ContactForm,
} from './contact-form';

export const contactsStore = createCachedStore<Contact[]>(
  () => call('contacts:list'),
  ['contacts'],
);

export function connectContacts(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (contactsStore.resources.includes(resource)) void contactsStore.load();
  });
  void contactsStore.load();
  return () => {
    off();
    contactsStore.reset();
    resetContactsStore();
  };
}

type Notice = { key: 'created' | 'saved' | 'deleted'; name: string };

interface ContactsStore {
  /** the contact being edited ('new' for a new one); null: none */
  editing: string | null;
  form: ContactForm;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<ContactField>;
  refused: number;
  notice: Notice | null;
  deleting: Contact | null;
  deleteError: AppError | null;
  startNew: () => void;
  startEdit: (contact: Contact) => void;
  cancel: () => void;
  change: <F extends ContactField>(field: F, value: ContactForm[F]) => void;
  /** resolves true once saved */
  save: () => Promise<boolean>;
  askDelete: (contact: Contact) => void;
  cancelDelete: () => void;
  confirmDelete: () => Promise<void>;
}

const initial = {
  editing: null,
  form: EMPTY_CONTACT,
  pending: false,
  formError: null,
  fieldErrors: {},
  refused: 0,
  notice: null,
  deleting: null,
  deleteError: null,
} satisfies Partial<ContactsStore>;

const mirror = (change: (list: Contact[]) => Contact[]) => {
  const list = contactsStore.use.getState().cached?.data;
  if (list) contactsStore.put(change(list));
};

export const useContactsStore = create<ContactsStore>()((set, get) => ({
  ...initial,
  startNew: () => set({ ...initial, editing: 'new' }),
  startEdit: (contact) => set({ ...initial, editing: contact.id, form: formFromContact(contact) }),
  cancel: () => set({ editing: null, form: EMPTY_CONTACT, fieldErrors: {}, formError: null }),
  change: (field, value) => {
    const { [field]: _dropped, ...fieldErrors } = get().fieldErrors;
    set({ form: { ...get().form, [field]: value }, fieldErrors });
  },
  save: async () => {
    const { editing, form, pending, refused } = get();
    if (!editing || pending) return false;
    const fieldErrors = checkContactForm(form);
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors, formError: null, refused: refused + 1 });
      return false;
    }
    set({ pending: true, formError: null, fieldErrors: {} });
    try {
      const input = inputFromForm(form);
      const contact =
        editing === 'new'
          ? await call('contacts:create', input)
          : await call('contacts:update', { ...input, id: editing });
      // the core refreshed the list before answering: its load may have landed already
      mirror((list) =>
        list.some((c) => c.id === contact.id)
          ? list.map((c) => (c.id === contact.id ? contact : c))
          : [...list, contact],
      );
      const name = `${contact.firstName} ${contact.lastName}`;
      set({ ...initial, notice: { key: editing === 'new' ? 'created' : 'saved', name } });
      return true;
    } catch (thrown) {
      set({
        pending: false,
        ...splitError(AppError.from(thrown), CONTACT_FIELDS),
        refused: refused + 1,
      });
      return false;
    }
  },
  askDelete: (contact) => set({ deleting: contact, deleteError: null, notice: null }),
  cancelDelete: () => set({ deleting: null, deleteError: null }),
  confirmDelete: async () => {
    const { deleting, pending } = get();
    if (!deleting || pending) return;
    set({ pending: true, deleteError: null });
    try {
      await call('contacts:delete', { id: deleting.id });
      mirror((list) => list.filter((c) => c.id !== deleting.id));
      set({
        pending: false,
        deleting: null,
        notice: { key: 'deleted', name: `${deleting.firstName} ${deleting.lastName}` },
      });
    } catch (thrown) {
      set({ pending: false, deleteError: AppError.from(thrown) });
    }
  },
}));

export function resetContactsStore(): void {
  useContactsStore.setState(initial);
}
