import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { checkBic, checkIban } from '../../shared/billing-rules';
import { CheckboxField } from '../components/CheckboxField';
import { FormError } from '../components/FormError';
import { AppForm } from '../components/AppForm';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { IBAN_DISPLAY_MAX_LENGTH, ibanLooksComplete, reformatIban } from './iban-input';
import { useSepaStore, type SepaField } from './sepa-store';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const TITLE_ID = 'sepa-form-title';

/** the provider announces each direct debit at least this many days before it is due */
export const PRE_NOTIFICATION_DAYS = 5;
const OFFLINE_REASON_ID = 'sepa-form-offline';

type IbanVerdict = 'valid' | 'invalid' | 'undecided';

/** The live verdict on the IBAN field: an IBAN still being typed is not called wrong yet. */
function ibanVerdict(iban: string, touched: boolean): IbanVerdict {
  if (iban === '') return 'undecided';
  if (!checkIban(iban)) return 'valid';
  return touched || ibanLooksComplete(iban) ? 'invalid' : 'undecided';
}

/** Granting a SEPA direct debit mandate: account, mandate text, consent, password. */
export function SepaForm({
  creditorId,
  nextReference,
}: {
  creditorId: string;
  nextReference: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = useSepaStore(
    useShallow((s) => ({
      accountHolder: s.accountHolder,
      iban: s.iban,
      bic: s.bic,
      consent: s.consent,
      password: s.password,
      ibanTouched: s.ibanTouched,
      bicTouched: s.bicTouched,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refused: s.refused,
    })),
  );
  const { setAccountHolder, setIban, setBic, setConsent, setPassword, touch, submit } =
    useSepaStore.getState();
  const holderRef = useRef<HTMLInputElement>(null);
  const ibanRef = useRef<HTMLInputElement>(null);
  const bicRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);

  // after regrouping, put the caret back beside the character it was at
  useLayoutEffect(() => {
    const input = ibanRef.current;
    if (caret.current === null || !input || document.activeElement !== input) return;
    input.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [form.iban]);

  // after a refused submit, take the person to the first field to fix
  useEffect(() => {
    if (form.refused === 0) return;
    const { fieldErrors } = useSepaStore.getState();
    const inputs: Record<SepaField, HTMLInputElement | null> = {
      accountHolder: holderRef.current,
      iban: ibanRef.current,
      bic: bicRef.current,
      consent: consentRef.current,
      password: passwordRef.current,
    };
    const first = (Object.keys(inputs) as SepaField[]).find((f) => fieldErrors[f]);
    if (first) inputs[first]?.focus();
  }, [form.refused]);

  const verdict = ibanVerdict(form.iban, form.ibanTouched);
  const ibanErrorKey =
    form.fieldErrors.iban ?? (verdict === 'invalid' ? 'errors.field.iban_invalid' : undefined);
  const bicError =
    form.fieldErrors.bic ??
    (form.bicTouched && form.bic.trim() !== '' && checkBic(form.bic)
      ? 'errors.field.bic_invalid'
      : undefined);
  const creditor = t('billing.sepa.creditorName');

  return (
    <AppForm
      className="form sepa-form"
      pending={form.pending}
      aria-labelledby={TITLE_ID}
      onSubmit={() => {
        if (online) void submit();
      }}
    >
      <h3 id={TITLE_ID}>{t('billing.sepa.formTitle')}</h3>
      <p className="lead">{t('billing.sepa.formIntro')}</p>
      {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('billing.sepa.accountLegend')}</legend>
        <TextField
          ref={holderRef}
          id="sepa-account-holder"
          label={t('billing.sepa.accountHolder')}
          autoComplete="name"
          required
          value={form.accountHolder}
          onValueChange={setAccountHolder}
          error={form.fieldErrors.accountHolder && errorText(form.fieldErrors.accountHolder)}
        />
        <TextField
          ref={ibanRef}
          id="sepa-iban"
          className="field__input--iban"
          label={t('billing.sepa.iban')}
          hint={
            <>
              <p>{t('billing.sepa.ibanHint')}</p>
              {verdict === 'valid' && !ibanErrorKey ? (
                <p className="field__ok" data-testid="iban-valid">
                  {t('billing.sepa.ibanValid')}
                </p>
              ) : null}
            </>
          }
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={IBAN_DISPLAY_MAX_LENGTH}
          value={form.iban}
          onValueChange={(value) => {
            const at = ibanRef.current?.selectionStart ?? value.length;
            const next = reformatIban(value, at);
            caret.current = next.caret;
            setIban(next.value);
          }}
          onBlur={() => touch('iban')}
          error={ibanErrorKey && errorText(ibanErrorKey)}
        />
        <TextField
          ref={bicRef}
          id="sepa-bic"
          className="field__input--iban"
          label={t('billing.sepa.bicOptional')}
          hint={t('billing.sepa.bicHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={11}
          value={form.bic}
          onValueChange={(value) => setBic(value.toUpperCase())}
          onBlur={() => touch('bic')}
          error={bicError && errorText(bicError)}
        />
      </fieldset>

      <div className="mandate-text">
        <h4 className="mandate-text__title">{t('billing.sepa.mandateTitle')}</h4>
        <dl className="facts facts--compact">
          <div className="facts__item">
            <dt>{t('billing.sepa.creditor')}</dt>
            <dd>{creditor}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('billing.sepa.creditorId')}</dt>
            <dd className="mono" data-testid="sepa-creditor-id">
              {creditorId}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('billing.sepa.reference')}</dt>
            <dd className="mono" data-testid="sepa-next-reference">
              {nextReference}
            </dd>
          </div>
        </dl>
        <p>{t('billing.sepa.mandateText', { creditor })}</p>
        <p data-testid="sepa-refund-note">{t('billing.sepa.refundNote')}</p>
        <p data-testid="sepa-prenotification">
          {t('billing.sepa.preNotification', { days: PRE_NOTIFICATION_DAYS })}
        </p>
      </div>

      <CheckboxField
        ref={consentRef}
        id="sepa-consent"
        label={t('billing.sepa.consent', { creditor })}
        checked={form.consent}
        onCheckedChange={setConsent}
        error={form.fieldErrors.consent && errorText(form.fieldErrors.consent)}
      />

      <TextField
        ref={passwordRef}
        id="sepa-password"
        type="password"
        label={t('billing.sepa.password')}
        hint={t('billing.sepa.passwordHint')}
        autoComplete="current-password"
        required
        value={form.password}
        onValueChange={setPassword}
        error={form.fieldErrors.password && errorText(form.fieldErrors.password)}
      />

      {!online ? <NeedsConnection id={OFFLINE_REASON_ID} /> : null}
      <div className="form__actions">
        <OnlineOnlyButton
          offlineReasonId={OFFLINE_REASON_ID}
          type="submit"
          className="button button--primary"
          busy={form.pending}
        >
          {t('billing.sepa.submit')}
        </OnlineOnlyButton>
      </div>
    </AppForm>
  );
}
