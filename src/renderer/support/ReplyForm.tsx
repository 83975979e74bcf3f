import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppForm } from '../components/AppForm';
import { FormError } from '../components/FormError';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AttachmentPicker } from './AttachmentPicker';
import { TextArea } from './fields';
import { EMPTY_DRAFT, useReplyStore } from './reply-store';

const TITLE_ID = 'reply-title';

/**
 * "Antworten": works offline too — the reply waits in main's outbox and goes out once the
 * server is reachable. A reply to a closed ticket reopens it, and the form says so first.
 */
export function ReplyForm({
  ticketId,
  closed,
  focusOnOpen = false,
  onQueued,
}: {
  ticketId: string;
  closed: boolean;
  /** the reply box takes focus when the form appears (opened from a notification) */
  focusOnOpen?: boolean;
  onQueued: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const draft = useReplyStore((s) => s.drafts[ticketId] ?? EMPTY_DRAFT);
  const { setBody, addFiles, removeFile, send } = useReplyStore.getState();
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focusOnOpen) return;
    bodyRef.current?.focus();
    bodyRef.current?.scrollIntoView({ block: 'center' });
  }, [focusOnOpen, ticketId]);

  const submit = async () => {
    const entry = await send(ticketId);
    if (entry) onQueued();
    else bodyRef.current?.focus();
  };

  const notes = [
    closed ? 'support.reply.reopens' : null,
    online ? null : 'support.reply.offline',
  ].filter((key): key is 'support.reply.reopens' | 'support.reply.offline' => key !== null);

  return (
    <AppForm
      className="form reply-form"
      pending={draft.pending}
      aria-labelledby={TITLE_ID}
      onSubmit={() => void submit()}
    >
      <h3 id={TITLE_ID}>{t('support.reply.title')}</h3>
      {notes.map((key) => (
        <p
          key={key}
          className="notice"
          data-testid={key === 'support.reply.reopens' ? 'reply-reopens' : 'reply-offline'}
        >
          {t(key)}
        </p>
      ))}
      {draft.formError ? <FormError>{errorText(draft.formError)}</FormError> : null}
      <TextArea
        ref={bodyRef}
        id="reply-body"
        label={t('support.reply.body')}
        value={draft.body}
        error={draft.bodyError ? errorText(draft.bodyError) : undefined}
        onChange={(body) => setBody(ticketId, body)}
      />
      <AttachmentPicker
        id="reply-attachments"
        attachments={draft.attachments}
        refused={draft.refused}
        errors={draft.attachmentErrors}
        onAdd={(picked, refused) => addFiles(ticketId, picked, refused)}
        onRemove={(key) => removeFile(ticketId, key)}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={draft.pending || undefined}
        >
          {closed ? t('support.reply.submitReopen') : t('support.reply.submit')}
        </button>
      </div>
    </AppForm>
  );
}
