import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, TicketView } from '../../shared/support/ipc';
import type { Attachment, TicketMessage } from '../../shared/support/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { useRoute } from '../router/hash';
import { hrefOf } from '../router/routes';
import { REPLY_PARAM } from '../../shared/support/routes';
import { AttachmentPreview } from './AttachmentPreview';
import { useCreatedNotice } from './created-notice';
import { formatFileSize } from './file-size';
import { PendingReply } from './PendingReply';
import { ReplyForm } from './ReplyForm';
import { SUPPORT_ROUTES } from './routes';
import { ticketsStore } from './support-stores';
import { TicketStatusBadge } from './TicketStatusBadge';
import { useTicket } from './use-ticket';
import { ViewTitle } from './ViewTitle';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

/** One ticket: what it is about, its messages with their files, queued replies, reply, close. */
export function TicketThreadView({ id }: { id: string }) {
  const { t } = useTranslation();
  const state = useTicket(id);
  // opened from a staff reply's notification: the answer is what the person came for
  const focusReply = useRoute().params.get(REPLY_PARAM) === '1';
  const subject = state.cached?.data.subject;
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(SUPPORT_ROUTES.tickets)}>{t('support.thread.back')}</a>
      </p>
      <ViewTitle>{subject ?? t('support.thread.titleUnknown')}</ViewTitle>
      <CreatedNotice id={id} />
      <LoadState state={state} retry={state.reload}>
        {(ticket, syncedAt) => (
          <>
            <TicketFacts ticket={ticket} onClosed={(status) => state.patch({ status })} />
            <Thread ticket={ticket} />
            <SyncedAt time={syncedAt} />
            <ReplyForm
              ticketId={ticket.id}
              closed={ticket.status === 'closed'}
              focusOnOpen={focusReply}
              onQueued={state.reload}
            />
          </>
        )}
      </LoadState>
    </>
  );
}

function CreatedNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  const notice = useCreatedNotice();
  // the notice belongs to this visit only
  useEffect(() => () => useCreatedNotice.getState().clear(), []);
  if (notice.ticketId !== id || !notice.number) return null;
  return (
    <p className="notice notice--success" role="status" data-testid="ticket-created">
      {t('support.thread.created', { number: notice.number })}
    </p>
  );
}

function TicketFacts({
  ticket,
  onClosed,
}: {
  ticket: TicketView;
  onClosed: (status: TicketView['status']) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <dl className="facts" data-testid="ticket-facts">
        <div className="facts__item">
          <dt>{t('support.ticket.number')}</dt>
          <dd>{ticket.number}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('support.ticket.status')}</dt>
          <dd>
            <TicketStatusBadge
              status={ticket.status}
              label={t(`support.status.${ticket.status}`)}
            />
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('support.ticket.department')}</dt>
          <dd>{t(`support.department.${ticket.department}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('support.ticket.priority')}</dt>
          <dd>{t(`support.priority.${ticket.priority}`)}</dd>
        </div>
        {ticket.related.length > 0 ? (
          <div className="facts__item">
            <dt>{t('support.ticket.related')}</dt>
            <dd>
              {ticket.related
                .map((r) => t(`support.ticket.relatedKind.${r.kind}`, { label: r.label }))
                .join(', ')}
            </dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('support.ticket.createdAt')}</dt>
          <dd>{formatDateTime(ticket.createdAt, lang)}</dd>
        </div>
      </dl>
      {ticket.status !== 'closed' ? <CloseTicket ticket={ticket} onClosed={onClosed} /> : null}
    </>
  );
}

const CLOSE_OFFLINE_ID = 'close-ticket-offline';

function CloseTicket({
  ticket,
  onClosed,
}: {
  ticket: TicketView;
  onClosed: (status: TicketView['status']) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const close = async () => {
    setPending(true);
    setError(null);
    try {
      const closed = await call('tickets:close', { id: ticket.id });
      setAsking(false);
      onClosed(closed.status);
      void ticketsStore.load();
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="ticket-actions">
      {!online ? <NeedsConnection id={CLOSE_OFFLINE_ID} /> : null}
      <OnlineOnlyButton
        offlineReasonId={CLOSE_OFFLINE_ID}
        className="button button--secondary"
        onClick={() => setAsking(true)}
      >
        {t('support.thread.close')}
      </OnlineOnlyButton>
      {asking ? (
        <ConfirmDialog
          title={t('support.thread.closeTitle', { number: ticket.number })}
          confirmLabel={t('support.thread.closeConfirm')}
          cancelLabel={t('support.thread.closeCancel')}
          pending={pending}
          error={error ? errorText(error) : undefined}
          onConfirm={() => void close()}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t('support.thread.closeText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function Thread({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="thread-title" className="thread">
      <h3 id="thread-title">{t('support.thread.messages')}</h3>
      <ol className="thread__list" data-testid="thread">
        {ticket.messages.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
        {ticket.pending.map((entry: OutboxEntry) => (
          <PendingReply key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function MessageItem({ message }: { message: TicketMessage }) {
  const { t, i18n } = useTranslation();
  const staff = message.author === 'staff';
  const headingId = `message-${message.id}`;
  return (
    <li
      className={
        staff
          ? 'thread__message thread__message--staff'
          : 'thread__message thread__message--customer'
      }
      data-testid="thread-message"
      data-author={message.author}
    >
      <article aria-labelledby={headingId}>
        <h4 className="thread__author" id={headingId}>
          {staff
            ? t('support.thread.fromStaff', { name: message.authorName })
            : t('support.thread.fromYou')}
          <span className="meta thread__time">
            {' · '}
            <time dateTime={message.createdAt}>
              {formatDateTime(message.createdAt, i18n.language)}
            </time>
          </span>
        </h4>
        <p className="thread__body">{message.body}</p>
        {message.attachments.length > 0 ? (
          <Attachments ticketId={message.ticketId} attachments={message.attachments} />
        ) : null}
      </article>
    </li>
  );
}

function Attachments({ ticketId, attachments }: { ticketId: string; attachments: Attachment[] }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState<Attachment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const save = async (attachment: Attachment) => {
    setSaved(null);
    setError(null);
    try {
      const result = await call('tickets:saveAttachment', {
        ticketId,
        attachmentId: attachment.id,
      });
      if (result.saved) setSaved(attachment.fileName);
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
  };

  return (
    <div className="thread__attachments">
      <ul className="attachments__list" aria-label={t('support.attachment.listLabel')}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className="attachments__item" data-testid="message-attachment">
            <span>
              {t('support.attach.file', {
                name: attachment.fileName,
                size: formatFileSize(attachment.size, i18n.language),
              })}
            </span>
            <button
              type="button"
              id={`open-attachment-${attachment.id}`}
              className="button button--secondary button--small"
              aria-label={t('support.attachment.open', { name: attachment.fileName })}
              aria-expanded={open?.id === attachment.id}
              onClick={() => setOpen(open?.id === attachment.id ? null : attachment)}
            >
              {t('support.attachment.openShort')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('support.attachment.save', { name: attachment.fileName })}
              onClick={() => void save(attachment)}
            >
              {t('support.attachment.saveShort')}
            </button>
          </li>
        ))}
      </ul>
      <div role="status">{saved ? t('support.attachment.saved', { name: saved }) : null}</div>
      {error ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {open ? (
        <AttachmentPreview
          key={open.id}
          ticketId={ticketId}
          attachment={open}
          onClose={() => {
            setOpen(null);
            // back to where the person opened it
            document.getElementById(`open-attachment-${open.id}`)?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
