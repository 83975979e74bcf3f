import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../shared/support/types';
import type { OpenPdf } from '../billing/pdf-render';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

type Shown =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'image'; url: string }
  | { kind: 'text'; text: string }
  | { kind: 'pdf'; pdf: OpenPdf }
  | { kind: 'other' };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function fetchShown(ticketId: string, attachment: Attachment): Promise<Shown> {
  try {
    const file = await call('tickets:attachment', { ticketId, attachmentId: attachment.id });
    if (!file) return { kind: 'missing' };
    const bytes = bytesOf(file.base64);
    if (file.mimeType.startsWith('image/')) {
      return {
        kind: 'image',
        url: URL.createObjectURL(new Blob([bytes], { type: file.mimeType })),
      };
    }
    if (file.mimeType === 'text/plain') {
      return { kind: 'text', text: new TextDecoder().decode(bytes) };
    }
    if (file.mimeType === 'application/pdf') {
      const { openPdf } = await import('../billing/pdf-render');
      return { kind: 'pdf', pdf: await openPdf(bytes) };
    }
    return { kind: 'other' };
  } catch (thrown) {
    return { kind: 'failed', error: AppError.from(thrown) };
  }
}

/** An attachment shown inside the app: pictures, text and PDFs; other types are saved instead. */
export function AttachmentPreview({
  ticketId,
  attachment,
  onClose,
}: {
  ticketId: string;
  attachment: Attachment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const titleId = `attachment-preview-${attachment.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void fetchShown(ticketId, attachment).then((next) => {
      if (current) setShown(next);
      else release(next);
    });
    return () => {
      current = false;
    };
  }, [ticketId, attachment]);

  useEffect(() => () => release(shown), [shown]);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      className="attachment-preview"
      aria-labelledby={titleId}
      data-testid="attachment-preview"
    >
      <div className="attachment-preview__bar">
        <h4 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('support.attachment.previewTitle', { name: attachment.fileName })}
        </h4>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('support.attachment.closePreview')}
        </button>
      </div>
      <PreviewBody shown={shown} name={attachment.fileName} errorText={errorText} />
    </section>
  );
}

function release(shown: Shown): void {
  if (shown.kind === 'image') URL.revokeObjectURL(shown.url);
  if (shown.kind === 'pdf') void shown.pdf.destroy();
}

function PreviewBody({
  shown,
  name,
  errorText,
}: {
  shown: Shown;
  name: string;
  errorText: (e: AppError) => string;
}) {
  const { t } = useTranslation();
  switch (shown.kind) {
    case 'loading':
      return (
        <p className="notice" role="status" aria-busy="true">
          {t('support.attachment.loading')}
        </p>
      );
    case 'missing':
      return (
        <p className="notice" role="status">
          {t('support.attachment.unavailable')}
        </p>
      );
    case 'failed':
      return (
        <p className="form-error" role="alert">
          {errorText(shown.error)}
        </p>
      );
    case 'image':
      return <img className="attachment-preview__image" src={shown.url} alt={name} />;
    case 'text':
      return (
        <pre className="attachment-preview__text" tabIndex={0} aria-label={name}>
          {shown.text}
        </pre>
      );
    case 'pdf':
      return <PdfPages pdf={shown.pdf} name={name} />;
    case 'other':
      return <p className="notice">{t('support.attachment.cannotShow')}</p>;
  }
}

const MAX_PAGES = 20;

function PdfPages({ pdf, name }: { pdf: OpenPdf; name: string }) {
  const { t } = useTranslation();
  const pages = Array.from({ length: Math.min(pdf.pageCount, MAX_PAGES) }, (_, i) => i + 1);
  return (
    <div className="pdf__pages">
      {pages.map((page) => (
        <PdfPage
          key={page}
          pdf={pdf}
          page={page}
          label={t('support.attachment.page', { name, page, pages: pdf.pageCount })}
        />
      ))}
    </div>
  );
}

function PdfPage({ pdf, page, label }: { pdf: OpenPdf; page: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) void pdf.renderPage(page, ref.current).catch(() => undefined);
  }, [pdf, page]);
  return <canvas ref={ref} className="pdf__page" role="img" aria-label={label} />;
}
