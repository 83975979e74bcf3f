import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DomainSummary } from '../../shared/domains/types';
import type { ContractSummary } from '../../shared/products/types';
import {
  SUBJECT_MAX,
  TICKET_DEPARTMENTS,
  TICKET_PRIORITIES,
  type TicketDepartment,
  type TicketPriority,
  type TicketRelation,
} from '../../shared/support/types';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { navigate } from '../router/hash';
import { AttachmentPicker } from './AttachmentPicker';
import { SelectField, TextArea } from './fields';
import { useNewTicketStore, type NewTicketField } from './new-ticket-store';
import { SUPPORT_ROUTES, ticketRoute } from './routes';
import { contractsForTicketsStore, domainsForTicketsStore } from './support-stores';
import { useCreatedNotice } from './created-notice';
import { ViewTitle } from './ViewTitle';

/**
 * What a ticket can be about: each contract of the account and each of its domains, as the
 * Products and Domains screens list them (a contract's own domain list can lag behind).
 */
export function relationsOf(
  contracts: readonly ContractSummary[],
  domainList: readonly Pick<DomainSummary, 'name'>[],
): {
  contracts: TicketRelation[];
  domains: TicketRelation[];
} {
  const domains = new Set(domainList.map((domain) => domain.name));
  return {
    contracts: contracts.map((c) => ({
      kind: 'contract',
      id: c.id,
      label: `${c.productName} (${c.contractNumber})`,
    })),
    domains: [...domains].sort().map((name) => ({ kind: 'domain', id: name, label: name })),
  };
}

/** "Ticket eröffnen": department, subject, what it is about, priority, message, files. */
export function NewTicketView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = useNewTicketStore(
    useShallow((s) => ({
      department: s.department,
      subject: s.subject,
      priority: s.priority,
      related: s.related,
      message: s.message,
      attachments: s.attachments,
      refused: s.refused,
      attachmentErrors: s.attachmentErrors,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refusedSubmits: s.refused_,
    })),
  );
  const { set, addFiles, removeFile, submit } = useNewTicketStore.getState();
  const contracts = contractsForTicketsStore.use();
  const domains = domainsForTicketsStore.use();
  const relations = useMemo(
    () => relationsOf(contracts.cached?.data ?? [], domains.cached?.data ?? []),
    [contracts.cached, domains.cached],
  );
  const setCreated = useCreatedNotice((s) => s.set);

  useEffect(() => {
    void contractsForTicketsStore.load();
    void domainsForTicketsStore.load();
  }, []);

  const departmentRef = useRef<HTMLSelectElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const relatedRef = useRef<HTMLSelectElement>(null);
  const priorityRef = useRef<HTMLSelectElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  // after a refused submit, take the person to the first field to fix
  useEffect(() => {
    if (form.refusedSubmits === 0) return;
    const { fieldErrors } = useNewTicketStore.getState();
    const fields: [NewTicketField, HTMLElement | null][] = [
      ['department', departmentRef.current],
      ['subject', subjectRef.current],
      ['related', relatedRef.current],
      ['priority', priorityRef.current],
      ['message', messageRef.current],
    ];
    fields.find(([field]) => fieldErrors[field])?.[1]?.focus();
  }, [form.refusedSubmits]);

  const send = async () => {
    const created = await submit([...relations.contracts, ...relations.domains]);
    if (!created) return;
    if (created.queued) {
      // kept in the outbox: the list shows it waiting until it is sent
      navigate(SUPPORT_ROUTES.tickets);
      return;
    }
    setCreated(created.ticket.id, created.ticket.number);
    navigate(ticketRoute(created.ticket.id));
  };

  const fieldError = (field: NewTicketField) => {
    const key = form.fieldErrors[field];
    return key ? errorText(key) : undefined;
  };

  return (
    <>
      <ViewTitle>{t('support.nav.newTicket')}</ViewTitle>
      <AppForm
        className="form new-ticket"
        data-help-target="new-ticket"
        pending={form.pending}
        aria-label={t('support.nav.newTicket')}
        onSubmit={() => void send()}
      >
        <p className="lead">{t('support.new.intro')}</p>
        {!online ? (
          <p className="notice notice--offline" role="status" data-testid="new-ticket-offline">
            {t('support.new.offline')}
          </p>
        ) : null}
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        <SelectField
          ref={departmentRef}
          id="new-ticket-department"
          label={t('support.ticket.department')}
          value={form.department}
          error={fieldError('department')}
          onChange={(value) => set({ department: value as TicketDepartment })}
        >
          <option value="">{t('support.new.chooseDepartment')}</option>
          {TICKET_DEPARTMENTS.map((d) => (
            <option key={d} value={d}>
              {t(`support.department.${d}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          ref={subjectRef}
          id="new-ticket-subject"
          label={t('support.ticket.subject')}
          required
          maxChars={SUBJECT_MAX}
          autoComplete="off"
          value={form.subject}
          onValueChange={(subject) => set({ subject })}
          error={fieldError('subject')}
        />
        <SelectField
          ref={relatedRef}
          id="new-ticket-related"
          label={t('support.new.related')}
          hint={
            contracts.error ? t('support.new.relatedUnavailable') : t('support.new.relatedHint')
          }
          value={form.related}
          error={fieldError('related')}
          onChange={(related) => set({ related })}
        >
          <option value="">{t('support.new.relatedNone')}</option>
          {relations.contracts.length > 0 ? (
            <optgroup label={t('support.new.contracts')}>
              {relations.contracts.map((r) => (
                <option key={r.id} value={`contract:${r.id}`}>
                  {r.label}
                </option>
              ))}
            </optgroup>
          ) : null}
          {relations.domains.length > 0 ? (
            <optgroup label={t('support.new.domains')}>
              {relations.domains.map((r) => (
                <option key={r.id} value={`domain:${r.id}`}>
                  {r.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
        <SelectField
          ref={priorityRef}
          id="new-ticket-priority"
          label={t('support.ticket.priority')}
          value={form.priority}
          error={fieldError('priority')}
          onChange={(value) => set({ priority: value as TicketPriority })}
        >
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`support.priority.${p}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          ref={messageRef}
          id="new-ticket-message"
          label={t('support.new.message')}
          value={form.message}
          error={fieldError('message')}
          onChange={(message) => set({ message })}
        />
        <AttachmentPicker
          id="new-ticket-attachments"
          attachments={form.attachments}
          refused={form.refused}
          errors={form.attachmentErrors}
          onAdd={addFiles}
          onRemove={removeFile}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={form.pending || undefined}
          >
            {form.pending ? t('support.new.sending') : t('support.new.submit')}
          </button>
        </div>
      </AppForm>
    </>
  );
}
