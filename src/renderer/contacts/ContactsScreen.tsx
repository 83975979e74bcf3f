import { useEffect, useRef, type ComponentProps, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Contact } from '../../shared/team/types';

import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { AppForm } from '../components/AppForm';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { RowAction } from '../components/RowAction';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../components/use-document-title';
import { useOnline } from '../components/use-online';
import { formatPhone } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import type { AppError } from '../ipc';
import { useRoute } from '../router/hash';
import { CONTACT_FIELDS, contactName, type ContactField } from './contact-form';
import { connectContacts, contactsStore, useContactsStore } from './contacts-store';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { RadioGroup } from '../components/RadioGroup';
import { AddressFieldset } from '../account/AddressFieldset';
import { SubmitCancel } from '../components/SubmitCancel';

const CONTACTS_OFFLINE_ID = 'contacts-offline';
const CONTACT_FORM_OFFLINE_ID = 'contact-form-offline';

/** the query parameter naming the contact to show (the global search's result link) */
const CONTACT_PARAM = 'contact';

/** "Kontakte": the contacts domains use (owner, admin, tech), to list, add, edit and delete. */
export function ContactsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('menu.contacts'));
  useEffect(() => connectContacts(), []);
  const state = contactsStore.use((s) => s);
  const { editing, notice } = useContactsStore(
    useShallow((s) => ({ editing: s.editing, notice: s.notice })),
  );
  return (
    <div className="screen contacts">
      <h1>{t('menu.contacts')}</h1>
      <p className="lead">{t('contacts.intro')}</p>
      <div aria-live="polite">
        {notice ? (
          <p className="notice notice--success" role="status">
            {t(`contacts.notice.${notice.key}`, { name: notice.name })}
          </p>
        ) : null}
      </div>
      {editing ? <ContactFormView /> : <NewButton />}
      <LoadState state={state} retry={() => void contactsStore.load()}>
        {(contacts, syncedAt) => (
          <>
            <ContactsTable contacts={contacts} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
      <DeleteDialog />
    </div>
  );
}

function NewButton() {
  const { t } = useTranslation();
  const online = useOnline();
  const startNew = useContactsStore((s) => s.startNew);
  return (
    <div className="form__actions">
      <OnlineOnlyButton
        offlineReasonId={CONTACTS_OFFLINE_ID}
        className="button button--primary"
        onClick={() => startNew()}
      >
        {t('contacts.new')}
      </OnlineOnlyButton>
      {!online ? <NeedsConnection id={CONTACTS_OFFLINE_ID} /> : null}
    </div>
  );
}

/** The search opens a contact as `/contacts?contact=<id>`: that row, scrolled to and focused. */
function useFoundContact(contacts: Contact[]): {
  foundId: string | null;
  foundRef: RefObject<HTMLTableCellElement | null>;
} {
  const foundId = useRoute().params.get(CONTACT_PARAM);
  const foundRef = useRef<HTMLTableCellElement>(null);
  const present = foundId !== null && contacts.some((c) => c.id === foundId);
  useEffect(() => {
    if (!present) return;
    foundRef.current?.scrollIntoView?.({ block: 'center' });
    foundRef.current?.focus();
  }, [present, foundId]);
  return { foundId, foundRef };
}

function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { startEdit, askDelete } = useContactsStore.getState();
  const { foundId, foundRef } = useFoundContact(contacts);
  if (contacts.length === 0) return <p className="meta">{t('contacts.empty')}</p>;
  return (
    <div className="table-wrap" data-help-target="contacts-list">
      <table className="data-table" data-testid="contacts-table">
        <caption className="visually-hidden">{t('menu.contacts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts.name')}</th>
            <th scope="col">{t('login.email')}</th>
            <th scope="col">{t('account.phone')}</th>
            <th scope="col">{t('contacts.usedBy')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => {
            const name = contactName(c);
            return (
              <tr
                key={c.id}
                data-testid={`contact-${c.email}`}
                className={c.id === foundId ? 'row--found' : undefined}
                aria-current={c.id === foundId ? 'true' : undefined}
              >
                <th
                  scope="row"
                  ref={c.id === foundId ? foundRef : undefined}
                  tabIndex={c.id === foundId ? -1 : undefined}
                >
                  {name}
                </th>
                <td className="cell--wrap">{c.email}</td>
                <td className="nowrap">{formatPhone(c.phone)}</td>
                <td className="cell--wrap">
                  {c.usedByDomains.length > 0 ? c.usedByDomains.join(', ') : '–'}
                </td>
                <td className="row-actions">
                  <RowAction
                    text={t('layout.row.edit')}
                    label={t('contacts.edit', { name })}
                    disabled={!online}
                    onClick={() => startEdit(c)}
                  />
                  <RowAction
                    danger
                    text={t('layout.row.delete')}
                    label={t('contacts.delete', { name })}
                    disabled={!online}
                    onClick={() => askDelete(c)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const CONTACT_KINDS = ['person', 'organization'] as const;
const KIND_GROUP = 'contact-kind';

type ContactTextProps = Omit<
  ComponentProps<typeof TextField>,
  'id' | 'label' | 'value' | 'onValueChange' | 'error'
> & { field: Exclude<ContactField, 'kind' | 'country'> };

/** One text field of the contact form, bound to the store. */
function ContactText({ field, ...rest }: ContactTextProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const value = useContactsStore((s) => s.form[field]);
  const error = useContactsStore((s) => s.fieldErrors[field]);
  const change = useContactsStore((s) => s.change);
  return (
    <TextField
      {...rest}
      id={`contact-${field}`}
      label={t(`contacts.fields.${field}`)}
      value={value}
      onValueChange={(next) => change(field, next)}
      error={error && errorText(error)}
    />
  );
}

function ContactFormView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const s = useContactsStore(
    useShallow((st) => ({
      editing: st.editing,
      form: st.form,
      pending: st.pending,
      formError: st.formError,
      refused: st.refused,
    })),
  );
  const { change, save, cancel } = useContactsStore.getState();
  const wrapRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (s.refused === 0) return;
    const first = CONTACT_FIELDS.find((f) => useContactsStore.getState().fieldErrors[f]);
    if (first) wrapRef.current?.querySelector<HTMLElement>(`#contact-${first}`)?.focus();
  }, [s.refused]);
  const { form } = s;
  const title = s.editing === 'new' ? t('contacts.new') : t('contacts.editTitle');
  return (
    <section className="card" aria-labelledby="contact-form-title" ref={wrapRef}>
      <h2 id="contact-form-title" className="card__title">
        {title}
      </h2>
      <AppForm
        pending={s.pending}
        onSubmit={() => {
          if (online) void save();
        }}
      >
        {!online ? <NeedsConnection id={CONTACT_FORM_OFFLINE_ID} /> : null}
        {s.formError ? <FormError>{errorText(s.formError)}</FormError> : null}
        <RadioGroup
          name={KIND_GROUP}
          legend={t('contacts.kind')}
          value={form.kind}
          options={CONTACT_KINDS}
          optionLabel={(kind) => t(`contacts.kinds.${kind}`)}
          onChange={(kind) => change('kind', kind)}
        />
        {form.kind === 'organization' ? (
          <ContactText field="organization" autoComplete="organization" required />
        ) : null}
        <ContactText field="firstName" autoComplete="given-name" required />
        <ContactText field="lastName" autoComplete="family-name" required />
        <ContactText field="email" type="email" autoComplete="email" required spellCheck={false} />
        <ContactText
          field="phone"
          type="tel"
          autoComplete="tel"
          required
          hint={t('account.phoneHint')}
        />
        <AddressFieldset
          idPrefix="contact"
          country={form.country}
          onCountryChange={(country) => change('country', country)}
          line={(props) => <ContactText {...props} />}
        />
        <SubmitCancel
          offlineReasonId={CONTACT_FORM_OFFLINE_ID}
          busy={s.pending}
          submit={t('contacts.save')}
          cancel={t('account.cancel')}
          onCancel={cancel}
        />
      </AppForm>
    </section>
  );
}

function DeleteDialog() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { deleting, pending, deleteError } = useContactsStore(
    useShallow((s) => ({ deleting: s.deleting, pending: s.pending, deleteError: s.deleteError })),
  );
  const { confirmDelete, cancelDelete } = useContactsStore.getState();
  if (!deleting) return null;
  // a contact domains still use cannot go: say so before anything is confirmed
  if (deleting.usedByDomains.length > 0) {
    return (
      <ConfirmDialog
        title={t('contacts.inUseTitle')}
        cancelLabel={t('contacts.inUseClose')}
        onCancel={cancelDelete}
      >
        <p data-testid="delete-in-use">
          {t('contacts.inUseBefore', {
            name: contactName(deleting),
            count: deleting.usedByDomains.length,
            domains: deleting.usedByDomains.join(', '),
          })}
        </p>
      </ConfirmDialog>
    );
  }
  const message = (error: AppError) =>
    error.messageKey === 'errors.contact_in_use' && error.params?.domains
      ? t('contacts.inUse', { domains: error.params.domains })
      : errorText(error);
  return (
    <ConfirmDialog
      title={t('contacts.deleteTitle')}
      confirmLabel={t('contacts.deleteConfirm')}
      cancelLabel={t('account.cancel')}
      pending={pending}
      onConfirm={() => void confirmDelete()}
      onCancel={cancelDelete}
      error={deleteError ? <p data-testid="delete-error">{message(deleteError)}</p> : undefined}
    >
      <p>{t('contacts.deleteText', { name: contactName(deleting) })}</p>
    </ConfirmDialog>
  );
}
