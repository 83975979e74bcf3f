import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../app/sync-store';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import type { OpenPdf } from './pdf-render';

type PdfState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: AppError | null }
  | { kind: 'ready'; pdf: OpenPdf };

/** Ask main for the PDF and open it; every outcome is a state to show. */
async function fetchPdf(id: string): Promise<PdfState> {
  try {
    const answer = await call('invoices:pdf', { id });
    if (!answer) return { kind: 'missing' };
    const { bytesOfBase64, openPdf } = await import('./pdf-render');
    return { kind: 'ready', pdf: await openPdf(bytesOfBase64(answer.base64)) };
  } catch (thrown) {
    return { kind: 'failed', error: thrown instanceof AppError ? thrown : null };
  }
}

/** The invoice's PDF drawn inside the app, from main's cache; "Speichern unter …" beside it. */
export function PdfViewer({
  invoiceId,
  invoiceNumber,
}: {
  invoiceId: string;
  invoiceNumber: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [state, setState] = useState<PdfState>({ kind: 'loading' });

  // the state drives the fetching: 'loading' fetches (first, on retry, and back online)
  const loading = state.kind === 'loading';
  useEffect(() => {
    if (!loading) return;
    let current = true;
    void fetchPdf(invoiceId).then((next) => {
      if (current) setState(next);
      else if (next.kind === 'ready') void next.pdf.destroy();
    });
    return () => {
      current = false;
    };
  }, [invoiceId, loading]);

  // back online with no PDF shown: try again
  useEffect(
    () =>
      useSyncStore.subscribe((now, before) => {
        if (now.status?.online && before.status?.online === false) {
          setState((s) => (s.kind === 'missing' || s.kind === 'failed' ? { kind: 'loading' } : s));
        }
      }),
    [],
  );

  const retry = () => setState({ kind: 'loading' });

  useEffect(() => {
    if (state.kind !== 'ready') return;
    return () => void state.pdf.destroy();
  }, [state]);

  const fail = useCallback(() => setState({ kind: 'failed', error: null }), []);

  return (
    <section className="pdf" aria-labelledby="pdf-title">
      <div className="pdf__bar">
        <h3 id="pdf-title" className="pdf__title">
          {t('billing.pdf.title')}
        </h3>
        <div className="pdf__actions">
          {state.kind === 'ready' ? <PrintButton /> : null}
          <SaveButton invoiceId={invoiceId} available={state.kind !== 'missing'} />
        </div>
      </div>
      {state.kind === 'loading' ? (
        <p className="notice" role="status" aria-busy="true">
          {t('billing.pdf.loading')}
        </p>
      ) : null}
      {state.kind === 'missing' ? (
        <p className="notice" role="status" data-testid="pdf-missing">
          {online ? t('billing.pdf.unavailable') : t('billing.pdf.offlineMissing')}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="form-error" role="alert">
          <p>{state.error ? errorText(state.error) : t('billing.pdf.renderFailed')}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('billing.retry')}
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <div className="pdf__pages">
          {Array.from({ length: state.pdf.pageCount }, (_, i) => (
            <PdfPage
              key={i}
              pdf={state.pdf}
              pageNumber={i + 1}
              label={t('billing.pdf.page', {
                page: i + 1,
                pages: state.pdf.pageCount,
                number: invoiceNumber,
              })}
              onFail={fail}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}

interface PdfPageProps {
  pdf: OpenPdf;
  pageNumber: number;
  label: string;
  onFail: () => void;
}

function PdfPage({ pdf, pageNumber, label, onFail }: PdfPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    pdf.renderPage(pageNumber, canvas).catch((thrown: unknown) => {
      // a cancelled render (the view closed) is no failure
      if ((thrown as { name?: string } | null)?.name !== 'RenderingCancelledException') onFail();
    });
  }, [pdf, pageNumber, onFail]);
  return (
    <canvas
      ref={canvasRef}
      className="pdf__page"
      role="img"
      aria-label={label}
      data-testid={pageNumber === 1 ? 'pdf-canvas' : 'pdf-page'}
    />
  );
}

/**
 * "Drucken …": the pages drawn above go to the print dialog (the OS's in the desktop app,
 * Chromium's in the web host), the rest of the window left out by the print style; offline
 * too, from the cached PDF.
 */
function PrintButton() {
  const { t } = useTranslation();
  const print = () => {
    const root = document.documentElement;
    root.dataset.printing = 'invoice';
    try {
      window.print();
    } finally {
      delete root.dataset.printing;
    }
  };
  return (
    <button type="button" className="button button--secondary" onClick={print}>
      {t('desktop.print.invoice')}
    </button>
  );
}

function SaveButton({ invoiceId, available }: { invoiceId: string; available: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | AppError | null>(null);

  const save = async () => {
    if (pending || !available) return;
    setPending(true);
    setOutcome(null);
    try {
      const { saved } = await call('invoices:savePdf', { id: invoiceId });
      setOutcome(saved ? 'saved' : null);
    } catch (thrown) {
      setOutcome(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="pdf__save">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || !available || undefined}
        onClick={() => void save()}
      >
        {t('billing.pdf.saveAs')}
      </button>
      <span className="pdf__saved" role="status">
        {outcome === 'saved' ? t('billing.pdf.saved') : null}
      </span>
      {outcome instanceof AppError ? (
        <p className="field__error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </div>
  );
}
