import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../shared/support/ipc';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { formatFileSize } from './file-size';
import { useOutboxStore } from './support-stores';

/**
 * A reply or a new ticket main keeps in its outbox: waiting to be sent ("wird gesendet,
 * sobald online"), or refused by the server, with retry and discard.
 */
export function PendingReply({ entry }: { entry: OutboxEntry }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const headingId = `pending-${entry.id}`;
  const failed = entry.state === 'failed';
  // the texts that differ for a new ticket ("Dieses Ticket …" instead of "Diese Antwort …")
  const kind = entry.newTicket ? 'Ticket' : '';

  const act = async (action: 'outbox:retry' | 'outbox:discard') => {
    setError(null);
    try {
      await call(action, { id: entry.id });
      setAsking(false);
      void useOutboxStore.getState().load();
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
  };

  return (
    <li
      className={`thread__message thread__message--customer thread__message--${failed ? 'failed' : 'pending'}`}
      data-testid="pending-reply"
      data-state={entry.state}
    >
      <article aria-labelledby={headingId}>
        <h4 className="thread__author" id={headingId}>
          {entry.newTicket
            ? t('support.pending.newTicket', { subject: entry.newTicket.subject })
            : t('support.thread.fromYou')}
          <span className="meta thread__time">
            {' · '}
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, i18n.language)}</time>
          </span>
        </h4>
        <p className="thread__body">{entry.body}</p>
        {entry.attachments.length > 0 ? (
          <ul className="attachments__list" aria-label={t('support.attachment.listLabel')}>
            {entry.attachments.map((file, i) => (
              <li key={i} className="attachments__item">
                {t('support.attach.file', {
                  name: file.fileName,
                  size: formatFileSize(file.size, i18n.language),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        {failed ? (
          <div className="form-error" role="alert" data-testid="pending-state">
            <p>
              {t(`support.pending.failed${kind}`)}{' '}
              {entry.error ? errorText({ messageKey: entry.error.messageKey }) : null}
            </p>
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() => void act('outbox:retry')}
              >
                {t('support.pending.retry')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setAsking(true)}
              >
                {t('support.pending.discard')}
              </button>
            </div>
          </div>
        ) : (
          <p className="notice notice--offline" role="status" data-testid="pending-state">
            {online && entry.state === 'sending'
              ? t('support.pending.sending')
              : online
                ? t('support.pending.queued')
                : t('support.pending.offline')}
          </p>
        )}
        {error && !asking ? (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
      </article>
      {asking ? (
        <ConfirmDialog
          title={t(`support.pending.discardTitle${kind}`)}
          confirmLabel={t('support.pending.discardConfirm')}
          cancelLabel={t('support.pending.discardCancel')}
          error={error ? errorText(error) : undefined}
          onConfirm={() => void act('outbox:discard')}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t(`support.pending.discardText${kind}`)}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
