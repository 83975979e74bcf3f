import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';
import {
  ACCEPT,
  ALLOWED_NAMES,
  MAX_MEGABYTES,
  pickAttachments,
  type PickedAttachment,
  type RefusedFile,
} from './attachment-rules';
import { formatFileSize } from './file-size';
import { ATTACHMENTS_PER_MESSAGE_MAX } from '../../shared/support/types';

interface AttachmentPickerProps {
  /** prefix of the element ids (one picker per form) */
  id: string;
  attachments: readonly PickedAttachment[];
  refused: readonly RefusedFile[];
  /** the server's refusal of a file: attachment key → i18n key */
  errors: Readonly<Record<string, string>>;
  onAdd: (picked: PickedAttachment[], refused: RefusedFile[]) => void;
  onRemove: (key: string) => void;
}

/**
 * Files for a message: dropped on the zone or chosen with the button. Each file is checked as
 * it comes (type, size, count); a refused one is named with the reason, the others are kept.
 */
export function AttachmentPicker({
  id,
  attachments,
  refused,
  errors,
  onAdd,
  onRemove,
}: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const hintId = `${id}-hint`;

  const take = async (files: File[]) => {
    if (files.length === 0) return;
    setReading(true);
    try {
      const result = await pickAttachments(files, attachments.length);
      onAdd(result.picked, result.refused);
    } finally {
      setReading(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void take([...event.dataTransfer.files]);
  };

  return (
    <fieldset className="fieldset attachments" aria-describedby={hintId}>
      <legend className="fieldset__legend">{t('support.attach.legend')}</legend>
      <p className="field__hint" id={hintId}>
        {t('support.attach.hint', {
          types: ALLOWED_NAMES,
          megabytes: MAX_MEGABYTES,
          max: ATTACHMENTS_PER_MESSAGE_MAX,
        })}
      </p>
      <div
        className={over ? 'dropzone dropzone--over' : 'dropzone'}
        data-testid={`${id}-dropzone`}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="dropzone__text">{t('support.attach.drop')}</p>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {t('support.attach.choose')}
        </button>
        <input
          ref={input}
          id={`${id}-input`}
          data-testid={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          aria-label={t('support.attach.choose')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void take(files);
          }}
        />
      </div>
      <div role="status" className="visually-hidden">
        {reading ? t('support.attach.reading') : ''}
      </div>
      {refused.length > 0 ? (
        <ul className="form-error attachments__refused" role="alert" data-testid={`${id}-refused`}>
          {refused.map((file, i) => (
            <li key={`${file.fileName}-${i}`}>
              {t(`support.attach.refused.${file.reason}`, {
                name: file.fileName,
                size: formatFileSize(file.size, i18n.language),
                types: ALLOWED_NAMES,
                megabytes: MAX_MEGABYTES,
                max: ATTACHMENTS_PER_MESSAGE_MAX,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {attachments.length > 0 ? (
        <ul className="attachments__list" aria-label={t('support.attach.listLabel')}>
          {attachments.map((file) => {
            const error = errors[file.key];
            return (
              <li key={file.key} className="attachments__item" data-testid={`${id}-file`}>
                <span>
                  {t('support.attach.file', {
                    name: file.fileName,
                    size: formatFileSize(file.size, i18n.language),
                  })}
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onRemove(file.key)}
                  aria-label={t('support.attach.remove', { name: file.fileName })}
                >
                  {t('support.attach.removeShort')}
                </button>
                {error ? (
                  <p className="field__error" role="alert">
                    {t('support.attach.serverRefused', { name: file.fileName })} {errorText(error)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
