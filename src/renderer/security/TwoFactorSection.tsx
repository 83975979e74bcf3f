import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { LoadState } from '../billing/LoadState';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { RecoveryCodesView } from './RecoveryCodesView';
import { QrMatrixSvg } from '../components/QrMatrixSvg';
import { securityStateStore } from './security-stores';
import { useTwoFactorStore } from './two-factor-store';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { SubmitCancel } from '../components/SubmitCancel';

const TITLE_ID = 'security-2fa-title';
const OFFLINE_ID = 'security-2fa-offline';

/** "Zwei-Faktor-Anmeldung": its state, and the step the person is in (on, off, new codes). */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const state = securityStateStore.use((s) => s);
  const phase = useTwoFactorStore((s) => s.phase);
  const notice = useTwoFactorStore((s) => s.notice);
  return (
    <section
      className="card security__section"
      aria-labelledby={TITLE_ID}
      data-help-target="two-factor"
    >
      <h2 id={TITLE_ID}>{t('security.twoFactor.title')}</h2>
      <p>{t('security.twoFactor.intro')}</p>
      <div aria-live="polite">
        {notice && notice !== 'copied' && notice !== 'saved' ? (
          <p className="notice notice--success" role="status" data-testid="two-factor-notice">
            {t(`security.twoFactor.notice.${notice}`)}
          </p>
        ) : null}
      </div>
      {phase === 'codes' ? (
        <RecoveryCodesView />
      ) : phase === 'enroll' ? (
        <EnrollStep />
      ) : phase === 'idle' ? (
        <LoadState state={state} retry={() => void securityStateStore.load()}>
          {(data) => <Overview enabled={data.totpEnabled} left={data.recoveryCodesLeft} />}
        </LoadState>
      ) : (
        <PasswordStep />
      )}
    </section>
  );
}

function Overview({ enabled, left }: { enabled: boolean; left: number }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { open } = useTwoFactorStore.getState();
  const action = (label: string, phase: 'start' | 'disable' | 'regenerate', primary = false) => (
    <OnlineOnlyButton
      offlineReasonId={OFFLINE_ID}
      className={primary ? 'button button--primary' : 'button button--secondary'}
      onClick={() => open(phase)}
    >
      {label}
    </OnlineOnlyButton>
  );
  return (
    <>
      <p data-testid="two-factor-state">
        <span className={`badge ${enabled ? 'badge--verified' : 'badge--unverified'}`}>
          {t(enabled ? 'security.twoFactor.on' : 'security.twoFactor.off')}
        </span>
      </p>
      {enabled ? (
        <p data-testid="recovery-left">{t('security.twoFactor.codesLeft', { count: left })}</p>
      ) : null}
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      <div className="form__actions">
        {enabled ? (
          <>
            {action(t('security.twoFactor.regenerate'), 'regenerate')}
            {action(t('security.twoFactor.disable'), 'disable')}
          </>
        ) : (
          action(t('security.twoFactor.enable'), 'start', true)
        )}
      </div>
    </>
  );
}

/** The password first (step-up); turning off also asks for a current code. */
function PasswordStep() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = useTwoFactorStore(
    useShallow((s) => ({
      phase: s.phase,
      password: s.password,
      code: s.code,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refused: s.refused,
    })),
  );
  const { setPassword, setCode, submit, cancel } = useTwoFactorStore.getState();
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (form.refused === 0) return;
    const { fieldErrors } = useTwoFactorStore.getState();
    if (fieldErrors.password) passwordRef.current?.focus();
    else if (fieldErrors.code) codeRef.current?.focus();
  }, [form.refused]);
  const disabling = form.phase === 'disable';
  return (
    <AppForm
      pending={form.pending}
      aria-label={t(`security.twoFactor.step.${form.phase as 'start' | 'disable' | 'regenerate'}`)}
      onSubmit={() => {
        if (online) void submit();
      }}
    >
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      <p>{t(`security.twoFactor.step.${form.phase as 'start' | 'disable' | 'regenerate'}`)}</p>
      {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
      <TextField
        ref={passwordRef}
        id="security-2fa-password"
        type="password"
        label={t('security.stepUp.password')}
        hint={t('security.stepUp.hint')}
        autoComplete="current-password"
        required
        autoFocus
        value={form.password}
        onValueChange={setPassword}
        error={form.fieldErrors.password && errorText(form.fieldErrors.password)}
      />
      {disabling ? (
        <TextField
          ref={codeRef}
          id="security-2fa-disable-code"
          label={t('security.twoFactor.disableCode')}
          hint={t('security.twoFactor.disableCodeHint')}
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={20}
          required
          value={form.code}
          onValueChange={setCode}
          error={form.fieldErrors.code && errorText(form.fieldErrors.code)}
        />
      ) : null}
      <div className="form__actions">
        <OnlineOnlyButton
          offlineReasonId={OFFLINE_ID}
          type="submit"
          className={disabling ? 'button button--danger' : 'button button--primary'}
          busy={form.pending}
        >
          {t(`security.twoFactor.submit.${form.phase as 'start' | 'disable' | 'regenerate'}`)}
        </OnlineOnlyButton>
        <button type="button" className="button button--secondary" onClick={cancel}>
          {t('security.cancel')}
        </button>
      </div>
    </AppForm>
  );
}

/** The QR code and the secret as text; a code from the app confirms it. */
function EnrollStep() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = useTwoFactorStore(
    useShallow((s) => ({
      enrollment: s.enrollment,
      code: s.code,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refused: s.refused,
    })),
  );
  const { setCode, submit, cancel } = useTwoFactorStore.getState();
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (form.refused > 0) codeRef.current?.focus();
  }, [form.refused]);
  const enrollment = form.enrollment;
  if (!enrollment) return null;
  return (
    <AppForm
      pending={form.pending}
      aria-label={t('security.twoFactor.enrollTitle')}
      onSubmit={() => {
        if (online) void submit();
      }}
    >
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      <h3>{t('security.twoFactor.enrollTitle')}</h3>
      <ol>
        <li>{t('security.twoFactor.enrollScan')}</li>
        <li>{t('security.twoFactor.enrollCode')}</li>
      </ol>
      <QrMatrixSvg
        className="qr-code"
        scale={5}
        data-testid="totp-qr"
        size={enrollment.size}
        modules={enrollment.modules}
        label={t('security.twoFactor.qrLabel', { account: enrollment.account })}
      />
      <p>{t('security.twoFactor.secretIntro')}</p>
      <p className="totp-secret" data-testid="totp-secret">
        {enrollment.secretGroups}
      </p>
      {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
      <TextField
        ref={codeRef}
        id="security-2fa-code"
        className="field__input--code"
        label={t('mfa.code')}
        hint={t('mfa.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={7}
        required
        autoFocus
        value={form.code}
        onValueChange={setCode}
        error={form.fieldErrors.code && errorText(form.fieldErrors.code)}
      />
      <SubmitCancel
        offlineReasonId={OFFLINE_ID}
        busy={form.pending}
        submit={t('security.twoFactor.confirm')}
        cancel={t('security.cancel')}
        onCancel={cancel}
      />
    </AppForm>
  );
}
