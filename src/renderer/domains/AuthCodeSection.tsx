import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthCode, DomainDetail } from '../../shared/domains/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { ShownOnceDialog } from '../components/ShownOnceDialog';
import { OFFLINE_REASON_ID } from './use-domain-write';

/**
 * "Auth-Code": a new code after a confirmation (the old one stops working), shown once with
 * its validity and a copy button. Not while the transfer lock is on: that is explained.
 */
export function AuthCodeSection({ domain, online }: { domain: DomainDetail; online: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [code, setCode] = useState<AuthCode | null>(null);
  const [copied, setCopied] = useState(false);
  const lang = i18n.language;
  const locked = domain.transferLock;
  const reasons = [locked ? 'auth-code-locked' : '', online ? '' : OFFLINE_REASON_ID]
    .filter(Boolean)
    .join(' ');

  const generate = async () => {
    setPending(true);
    setError(null);
    try {
      const answer = await call('domains:authCode', { name: domain.name });
      setConfirming(false);
      setCopied(false);
      setCode(answer);
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
    setPending(false);
  };

  return (
    <section
      className="domain-section"
      aria-labelledby="domain-auth-title"
      data-help-target="auth-code"
    >
      <h3 id="domain-auth-title">{t('domains.authCode.title')}</h3>
      <p>{t('domains.authCode.intro')}</p>
      {domain.authCode ? (
        <p className="meta" data-testid="auth-code-valid">
          {t('domains.authCode.lastValidUntil', {
            time: formatDateTime(domain.authCode.validUntil, lang),
          })}
        </p>
      ) : null}
      {locked ? (
        <p className="notice" id="auth-code-locked" data-testid="auth-code-locked">
          {t('domains.authCode.lockedExplanation')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={locked || !online}
        aria-describedby={reasons || undefined}
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
      >
        {t('domains.authCode.generate')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('domains.authCode.confirmTitle')}
          confirmLabel={t('domains.authCode.confirm')}
          cancelLabel={t('domains.cancel')}
          onConfirm={() => void generate()}
          onCancel={() => setConfirming(false)}
          pending={pending}
          error={error ? errorText(error) : undefined}
        >
          <p>{t('domains.authCode.confirmText', { domain: domain.name })}</p>
        </ConfirmDialog>
      ) : null}
      {code ? (
        <ShownOnceDialog
          title={t('domains.authCode.shownTitle', { domain: code.domain })}
          closeLabel={t('domains.authCode.close')}
          onClose={() => setCode(null)}
          actions={
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                void call('clipboard:writeText', { text: code.code }).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              {t('domains.authCode.copy')}
            </button>
          }
        >
          <p>{t('domains.authCode.shownOnce')}</p>
          <p className="auth-code" data-testid="auth-code">
            {code.code}
          </p>
          <p>{t('domains.authCode.validUntil', { time: formatDateTime(code.validUntil, lang) })}</p>
          <p role="status">{copied ? t('domains.authCode.copied') : null}</p>
        </ShownOnceDialog>
      ) : null}
    </section>
  );
}
