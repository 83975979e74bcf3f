import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingEmails } from '../../shared/billing';
import { checkEmail } from '../../shared/billing-rules';
import { CheckboxField } from '../components/CheckboxField';
import { FormError } from '../components/FormError';
import { AppForm } from '../components/AppForm';
import { splitError } from '../components/form-errors';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { billingEmailsStore } from './billing-stores';
import { LoadState } from './LoadState';
import { SyncedAt } from './SyncedAt';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const TITLE_ID = 'billing-email-title';

const OFFLINE_REASON_ID = 'billing-email-offline';

/** "Rechnungs-E-Mail": where invoices go, and which account users get them too. */
export function BillingEmailView() {
  const state = billingEmailsStore.use();
  return (
    <LoadState state={state} retry={() => void billingEmailsStore.load()}>
      {(emails, syncedAt) => (
        <>
          <BillingEmailForm emails={emails} />
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

interface Draft {
  email: string;
  userIds: string[];
}

function draftOf(emails: BillingEmails): Draft {
  return {
    email: emails.email,
    userIds: emails.users.filter((u) => u.receivesInvoices).map((u) => u.id),
  };
}

function BillingEmailForm({ emails }: { emails: BillingEmails }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  // null: nothing edited yet, so the form follows what main holds
  const [edited, setEdited] = useState<Draft | null>(null);
  const [pending, setPending] = useState(false);
  const [emailError, setEmailError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const draft = edited ?? draftOf(emails);

  useEffect(() => {
    if (emailError) emailRef.current?.focus();
  }, [emailError]);

  const edit = (next: Partial<Draft>) => {
    setEdited({ ...draft, ...next });
    setSaved(false);
  };

  const save = async () => {
    if (pending || !online) return;
    const invalid = draft.email.trim() === '' ? 'errors.field.required' : checkEmail(draft.email);
    if (invalid) {
      setEmailError(invalid === 'email_invalid' ? 'errors.field.email_invalid' : invalid);
      setFormError(null);
      return;
    }
    setPending(true);
    setEmailError(undefined);
    setFormError(null);
    setSaved(false);
    try {
      const result = await call('billing:setEmails', {
        email: draft.email.trim(),
        userIds: draft.userIds,
      });
      billingEmailsStore.put(result);
      setEdited(null);
      setSaved(true);
    } catch (thrown) {
      const split = splitError(AppError.from(thrown), ['email', 'userIds']);
      setEmailError(split.fieldErrors.email);
      setFormError(
        split.fieldErrors.userIds
          ? new AppError({ code: 'user_unknown', messageKey: split.fieldErrors.userIds })
          : split.formError,
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <AppForm
      className="form billing-email"
      data-help-target="billing-email"
      pending={pending}
      aria-labelledby={TITLE_ID}
      onSubmit={() => {
        void save();
      }}
    >
      <h3 id={TITLE_ID} className="visually-hidden">
        {t('billing.email.formTitle')}
      </h3>
      <p className="lead">{t('billing.email.intro')}</p>
      <div role="status">
        {saved ? (
          <p className="notice notice--success" data-testid="billing-email-saved">
            {t('billing.email.saved', { email: emails.email })}
          </p>
        ) : null}
      </div>
      {formError ? <FormError>{errorText(formError)}</FormError> : null}
      <TextField
        ref={emailRef}
        id="billing-email-address"
        type="email"
        label={t('billing.email.address')}
        hint={t('billing.email.addressHint')}
        autoComplete="email"
        spellCheck={false}
        required
        value={draft.email}
        onValueChange={(email) => {
          edit({ email });
          setEmailError(undefined);
        }}
        error={emailError && errorText(emailError)}
      />
      {emails.users.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('billing.email.usersLegend')}</legend>
          <p className="field__hint">{t('billing.email.usersHint')}</p>
          {emails.users.map((user) => (
            <CheckboxField
              key={user.id}
              id={`billing-email-user-${user.id}`}
              label={t('billing.email.user', { name: user.name, email: user.email })}
              checked={draft.userIds.includes(user.id)}
              onCheckedChange={(checked) =>
                edit({
                  userIds: checked
                    ? [...draft.userIds, user.id]
                    : draft.userIds.filter((id) => id !== user.id),
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
      {!online ? <NeedsConnection id={OFFLINE_REASON_ID} /> : null}
      <div className="form__actions">
        <OnlineOnlyButton
          offlineReasonId={OFFLINE_REASON_ID}
          type="submit"
          className="button button--primary"
          busy={pending}
        >
          {t('billing.email.submit')}
        </OnlineOnlyButton>
      </div>
    </AppForm>
  );
}
