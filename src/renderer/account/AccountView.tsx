import { useEffect, useRef, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Account } from '../../shared/domain';
import { meStore } from '../app/me-store';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { formatCountry, formatPhone } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { ACCOUNT_FIELDS, normalizeVatId, type AccountField } from './account-form';
import { vatLiveError } from './vat-check';
import { accountStore, useAccountEdit } from './account-stores';
import { ConflictView } from './ConflictView';

import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { RadioGroup } from '../components/RadioGroup';
import { AddressFieldset } from './AddressFieldset';
import { SubmitCancel } from '../components/SubmitCancel';

const ACCOUNT_OFFLINE_ID = 'account-offline';
const ACCOUNT_FORM_OFFLINE_ID = 'account-form-offline';

/** The customer's data: shown, then edited in place; a conflict shows both versions. */
export function AccountView() {
  const state = accountStore.use((s) => s);
  const editing = useAccountEdit((s) => s.form !== null);
  const conflict = useAccountEdit((s) => s.conflict);
  return (
    <LoadState state={state} retry={() => void accountStore.load()}>
      {(account, syncedAt) => (
        <>
          {conflict ? <ConflictView conflict={conflict} /> : null}
          {editing ? <AccountFormView account={account} /> : <AccountFacts account={account} />}
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

function AccountFacts({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const saved = useAccountEdit((s) => s.saved);
  const start = useAccountEdit((s) => s.start);
  const canEdit = meStore.use((s) => s.cached?.data.rights.includes('customerData') ?? true);
  return (
    <>
      {saved ? (
        <div className="notice notice--success" role="status">
          <p>{t('account.saved')}</p>
        </div>
      ) : null}
      <dl className="facts" data-testid="account-facts" data-help-target="customer-data">
        <Fact label={t('account.customerNumber')} value={account.customerNumber} mono />
        <Fact label={t('account.kind')} value={t(`account.kinds.${account.kind}`)} />
        {account.kind === 'company' ? (
          <Fact label={t('account.company')} value={account.company ?? ''} />
        ) : null}
        <Fact label={t('account.name')} value={`${account.firstName} ${account.lastName}`} />
        <Fact label={t('account.email')} value={account.email} />
        <Fact
          label={t('account.address')}
          value={`${account.address.street}, ${account.address.postalCode} ${account.address.city}, ${formatCountry(account.address.country, i18n.language)}`}
        />
        <Fact
          label={t('account.phone')}
          value={account.phone ? formatPhone(account.phone) : t('account.none')}
        />
        <Fact label={t('account.vatId')} value={account.vatId ?? t('account.none')} mono />
      </dl>
      {canEdit ? (
        <div className="form__actions">
          <OnlineOnlyButton
            offlineReasonId={ACCOUNT_OFFLINE_ID}
            className="button button--primary"
            onClick={() => start(account)}
          >
            {t('account.edit')}
          </OnlineOnlyButton>
          {!online ? <NeedsConnection id={ACCOUNT_OFFLINE_ID} /> : null}
        </div>
      ) : null}
    </>
  );
}

function Fact({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{value}</dd>
    </div>
  );
}

const ACCOUNT_KINDS = ['person', 'company'] as const;
const KIND_GROUP = 'account-kind';

type TextAccountField = Exclude<AccountField, 'kind' | 'country'>;
type AccountTextProps = Omit<
  ComponentProps<typeof TextField>,
  'id' | 'label' | 'value' | 'onValueChange' | 'error'
> & { field: TextAccountField };

/** One text field of the form, bound to the edit store. */
function AccountText({ field, ...rest }: AccountTextProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const value = useAccountEdit((s) => s.form?.[field] ?? '');
  const error = useAccountEdit((s) => s.fieldErrors[field]);
  const change = useAccountEdit((s) => s.change);
  return (
    <TextField
      {...rest}
      id={`account-${field}`}
      label={t(`account.fields.${field}`)}
      value={value}
      onValueChange={(next) => change(field, next)}
      error={error && errorText(error)}
    />
  );
}

function AccountFormView({ account }: { account: Account }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const edit = useAccountEdit(
    useShallow((s) => ({
      form: s.form!,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refused: s.refused,
    })),
  );
  const { change, save, cancel } = useAccountEdit.getState();
  const formRef = useRef<HTMLDivElement>(null);
  const { form, fieldErrors } = edit;

  useEffect(() => {
    if (edit.refused === 0) return;
    const first = ACCOUNT_FIELDS.find((f) => useAccountEdit.getState().fieldErrors[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#account-${first}`)?.focus();
  }, [edit.refused]);

  const vatError = fieldErrors.vatId ?? vatLiveError(form.vatId, form.country);
  return (
    <div ref={formRef}>
      <AppForm
        pending={edit.pending}
        aria-label={t('account.editTitle')}
        onSubmit={() => {
          if (online) void save();
        }}
      >
        {!online ? <NeedsConnection id={ACCOUNT_FORM_OFFLINE_ID} /> : null}
        {edit.formError ? <FormError>{errorText(edit.formError)}</FormError> : null}
        <p className="meta">
          {t('account.customerNumber')}: <span className="mono">{account.customerNumber}</span>
        </p>
        <RadioGroup
          name={KIND_GROUP}
          legend={t('account.kind')}
          value={form.kind}
          options={ACCOUNT_KINDS}
          optionLabel={(kind) => t(`account.kinds.${kind}`)}
          onChange={(kind) => change('kind', kind)}
        />
        {form.kind === 'company' ? (
          <AccountText field="company" autoComplete="organization" required />
        ) : null}
        <AccountText field="firstName" autoComplete="given-name" required />
        <AccountText field="lastName" autoComplete="family-name" required />
        <AddressFieldset
          idPrefix="account"
          country={form.country}
          onCountryChange={(country) => change('country', country)}
          line={(props) => <AccountText {...props} />}
        />
        <AccountText field="phone" type="tel" autoComplete="tel" hint={t('account.phoneHint')} />
        <TextField
          id="account-vatId"
          label={t('account.fields.vatId')}
          hint={t('account.vatHint')}
          autoComplete="off"
          spellCheck={false}
          value={form.vatId}
          onValueChange={(value) => change('vatId', value)}
          onBlur={() => change('vatId', normalizeVatId(form.vatId))}
          error={vatError && errorText(vatError)}
        />
        <SubmitCancel
          offlineReasonId={ACCOUNT_FORM_OFFLINE_ID}
          busy={edit.pending}
          submit={t('account.save')}
          cancel={t('account.cancel')}
          onCancel={cancel}
        />
      </AppForm>
    </div>
  );
}
