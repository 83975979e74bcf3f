import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { TextField } from '../components/TextField';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { usePasswordChangeStore, type PasswordChangeField } from './password-change-store';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const TITLE_ID = 'security-password-title';
const OFFLINE_ID = 'security-password-offline';
const NEW_PASSWORD_IDS = { password: 'security-new-password', repeat: 'security-repeat-password' };

/** "Passwort ändern": the current password, the new one twice with its strength. */
export function PasswordSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const form = usePasswordChangeStore(
    useShallow((s) => ({
      currentPassword: s.currentPassword,
      newPassword: s.newPassword,
      repeat: s.repeat,
      pending: s.pending,
      formError: s.formError,
      fieldErrors: s.fieldErrors,
      refused: s.refused,
      done: s.done,
    })),
  );
  const { set, submit } = usePasswordChangeStore.getState();
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (form.refused === 0) return;
    const { fieldErrors } = usePasswordChangeStore.getState();
    const inputs: Record<PasswordChangeField, HTMLInputElement | null> = {
      currentPassword: currentRef.current,
      newPassword: newRef.current,
      repeat: repeatRef.current,
    };
    const first = (Object.keys(inputs) as PasswordChangeField[]).find((f) => fieldErrors[f]);
    if (first) inputs[first]?.focus();
  }, [form.refused]);

  return (
    <section className="card security__section" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{t('security.password.title')}</h2>
      <p>{t('security.password.intro')}</p>
      <div aria-live="polite">
        {form.done ? (
          <p className="notice notice--success" role="status" data-testid="password-changed">
            {t('security.password.done', { count: form.done.ended })}
          </p>
        ) : null}
      </div>
      <AppForm
        pending={form.pending}
        aria-labelledby={TITLE_ID}
        onSubmit={() => {
          if (online) void submit(email);
        }}
      >
        {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
        {form.formError ? <FormError>{errorText(form.formError)}</FormError> : null}
        <TextField
          ref={currentRef}
          id="security-current-password"
          type="password"
          label={t('security.password.current')}
          autoComplete="current-password"
          required
          value={form.currentPassword}
          onValueChange={(value) => set('currentPassword', value)}
          error={form.fieldErrors.currentPassword && errorText(form.fieldErrors.currentPassword)}
        />
        <NewPasswordFields
          ids={NEW_PASSWORD_IDS}
          passwordLabel={t('security.password.new')}
          email={email}
          password={form.newPassword}
          repeat={form.repeat}
          onPasswordChange={(value) => set('newPassword', value)}
          onRepeatChange={(value) => set('repeat', value)}
          errors={{ password: form.fieldErrors.newPassword, repeat: form.fieldErrors.repeat }}
          passwordRef={newRef}
          repeatRef={repeatRef}
        />
        <div className="form__actions">
          <OnlineOnlyButton
            offlineReasonId={OFFLINE_ID}
            type="submit"
            className="button button--primary"
            busy={form.pending}
          >
            {t('security.password.submit')}
          </OnlineOnlyButton>
        </div>
      </AppForm>
    </section>
  );
}
