/** The cancellation form itself: kind, reason, end date, who asks, and the confirmation. */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancellationKind, CancellationOptions } from '../../shared/products/types';
import { CheckboxField } from '../components/CheckboxField';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { splitError, type FieldErrors } from '../components/form-errors';
import { formatDate } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { localToday } from './contract-format';
import { endDateChoices, firstExtraordinaryDay } from './end-dates';
import { contractsStore, useSentCancellations } from './products-stores';
import { cancellationRoute } from './routes';
import { RadioGroup } from '../components/RadioGroup';

type Field = 'kind' | 'reason' | 'endDate' | 'requestedBy' | 'confirmationEmail' | 'closingCompany';
const FIELDS: readonly Field[] = [
  'kind',
  'reason',
  'endDate',
  'requestedBy',
  'confirmationEmail',
  'closingCompany',
];
const KINDS: readonly CancellationKind[] = ['ordinary', 'extraordinary'];
const KIND_GROUP = 'cancel-kind';

export function CancelFormFields({ options }: { options: CancellationOptions }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const online = useOnline();
  const today = localToday();
  // the live preview: the shared rule as of today here, the same the server checks
  const dates = useMemo(() => endDateChoices(options.terms, today), [options.terms, today]);
  const contract = contractsStore
    .use((s) => s.cached?.data)
    ?.find((c) => c.id === options.contractId);
  const [kind, setKind] = useState<CancellationKind>('ordinary');
  const [reason, setReason] = useState('');
  const [ordinaryEnd, setOrdinaryEnd] = useState(dates.earliest);
  const [extraEnd, setExtraEnd] = useState(firstExtraordinaryDay(today));
  const [requestedBy, setRequestedBy] = useState(options.requestedBy);
  const [email, setEmail] = useState(options.confirmationEmail);
  const [closingCompany, setClosingCompany] = useState(false);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<AppError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  // the earliest date may move on (midnight); never offer a date the rule no longer allows
  const endDate =
    kind === 'extraordinary'
      ? extraEnd
      : closingCompany || !dates.choices.includes(ordinaryEnd)
        ? dates.earliest
        : ordinaryEnd;

  const submit = async () => {
    if (pending || !online) return;
    const errors: FieldErrors<Field> = {};
    if (kind === 'extraordinary' && reason.trim() === '')
      errors.reason = 'errors.field.reason_required';
    if (requestedBy.trim() === '') errors.requestedBy = 'errors.field.required';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      errors.confirmationEmail = 'errors.field.email_invalid';
    if (kind === 'extraordinary' && endDate < firstExtraordinaryDay(today))
      errors.endDate = 'errors.field.end_date_too_early';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      if (errors.reason) reasonRef.current?.focus();
      else document.getElementById(errors.requestedBy ? 'cancel-by' : 'cancel-email')?.focus();
      return;
    }
    setPending(true);
    try {
      const cancellation = await call('cancellation:create', {
        contractId: options.contractId,
        kind,
        ...(kind === 'extraordinary' ? { reason: reason.trim() } : {}),
        endDate,
        requestedBy: requestedBy.trim(),
        confirmationEmail: email.trim(),
        closingCompany: kind === 'ordinary' && closingCompany,
      });
      useSentCancellations.setState({ [options.contractId]: cancellation });
      void contractsStore.load();
      navigate(cancellationRoute(options.contractId));
    } catch (thrown) {
      const split = splitError(AppError.from(thrown), FIELDS);
      setFormError(split.formError);
      setFieldErrors(split.fieldErrors);
      setPending(false);
    }
  };

  const reasonError = fieldErrors.reason && errorText(fieldErrors.reason);
  const endError = fieldErrors.endDate && errorText(fieldErrors.endDate);
  const productName = contract
    ? t('products.cancel.contractOption', {
        product: contract.productName,
        number: contract.contractNumber,
      })
    : options.contractId;

  return (
    <AppForm
      className="form cancel-form"
      pending={pending}
      aria-label={t('products.cancel.title')}
      onSubmit={() => void submit()}
    >
      {formError ? <FormError>{errorText(formError)}</FormError> : null}
      <RadioGroup
        name={KIND_GROUP}
        legend={t('products.cancel.kind')}
        value={kind}
        options={KINDS}
        optionLabel={(k) => t(`products.cancel.kind_${k}`)}
        optionHint={(k) => t(`products.cancel.kindHint_${k}`)}
        onChange={(k) => {
          setKind(k);
          if (k === 'extraordinary') setClosingCompany(false);
        }}
      />

      {kind === 'extraordinary' ? (
        <div className={reasonError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="cancel-reason">
            {t('products.cancel.reason')}
          </label>
          <p className="field__hint" id="cancel-reason-hint">
            {t('products.cancel.reasonHint')}
          </p>
          <textarea
            ref={reasonRef}
            id="cancel-reason"
            className="field__input"
            rows={4}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={
              reasonError ? 'cancel-reason-hint cancel-reason-error' : 'cancel-reason-hint'
            }
          />
          {reasonError ? (
            <p className="field__error" id="cancel-reason-error" role="alert">
              {reasonError}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="checkbox-group">
        <CheckboxField
          id="cancel-closing-company"
          label={t('products.cancel.closingCompany')}
          checked={closingCompany}
          disabled={kind !== 'ordinary'}
          onCheckedChange={(checked) => {
            setClosingCompany(checked);
            if (checked) setOrdinaryEnd(dates.earliest);
          }}
          error={fieldErrors.closingCompany && errorText(fieldErrors.closingCompany)}
        />
        <p className="field__hint" data-testid="closing-company-explanation">
          {t('products.cancel.closingCompanyHint')}
        </p>
      </div>

      <TextField
        id="cancel-by"
        label={t('products.cancel.requestedBy')}
        autoComplete="name"
        required
        value={requestedBy}
        onValueChange={setRequestedBy}
        error={fieldErrors.requestedBy && errorText(fieldErrors.requestedBy)}
      />

      <dl className="facts facts--compact">
        <div className="facts__item">
          <dt>{t('products.cancel.which')}</dt>
          <dd data-testid="cancel-contract-name">{productName}</dd>
        </div>
      </dl>

      {kind === 'ordinary' ? (
        <div className={endError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="cancel-end-date">
            {t('products.cancel.endDate')}
          </label>
          <p className="field__hint" id="cancel-end-date-hint" data-testid="earliest-end-date">
            {t('products.cancel.earliest', {
              date: formatDate(dates.earliest, lang),
              deadline: formatDate(dates.noticeDeadline, lang),
            })}
          </p>
          <select
            id="cancel-end-date"
            className="field__select"
            value={endDate}
            disabled={closingCompany}
            onChange={(event) => setOrdinaryEnd(event.target.value)}
            aria-invalid={endError ? true : undefined}
            aria-describedby={
              endError ? 'cancel-end-date-hint cancel-end-date-error' : 'cancel-end-date-hint'
            }
          >
            {dates.choices.map((date, i) => (
              <option key={date} value={date}>
                {i === 0
                  ? t('products.cancel.earliestOption', { date: formatDate(date, lang) })
                  : formatDate(date, lang)}
              </option>
            ))}
          </select>
          {endError ? (
            <p className="field__error" id="cancel-end-date-error" role="alert">
              {endError}
            </p>
          ) : null}
        </div>
      ) : (
        <TextField
          id="cancel-end-date"
          type="date"
          label={t('products.cancel.endDate')}
          hint={t('products.cancel.extraordinaryDateHint')}
          min={firstExtraordinaryDay(today)}
          value={extraEnd}
          onValueChange={setExtraEnd}
          error={endError}
        />
      )}

      <TextField
        id="cancel-email"
        type="email"
        label={t('products.cancel.email')}
        hint={t('products.cancel.emailHint')}
        autoComplete="email"
        required
        value={email}
        onValueChange={setEmail}
        error={fieldErrors.confirmationEmail && errorText(fieldErrors.confirmationEmail)}
      />

      <p className="notice" data-testid="cancel-summary">
        {t(`products.cancel.summary_${kind}`, {
          contract: productName,
          date: formatDate(endDate, lang),
          email: email.trim(),
        })}
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--danger">
          {t('products.cancel.submit')}
        </button>
      </div>
    </AppForm>
  );
}
