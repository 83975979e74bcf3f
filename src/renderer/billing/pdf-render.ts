/**
 * PDF pages drawn into <canvas> with pdf.js. Loaded on demand (it is large), so the app starts
 * without it. The legacy build because it carries the polyfills Electron's Chromium may lack.
 *
 * CSP (`script-src 'self'`, `connect-src 'none'`): the worker is bundled by Vite as a file of
 * our own origin (`?worker`), so it runs as 'self'. Nothing is fetched: no wasm decoders (the
 * CSP has no 'wasm-unsafe-eval'), no standard-font files (non-embedded fonts use system fonts),
 * no eval (isEvalSupported: false).
 */
import {
  getDocument,
  GlobalWorkerOptions,
  type PDFDocumentProxy,
  type RenderTask,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import PdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?worker';

/** page width in CSS pixels per PDF point (A4 → ~890 px); the canvas scales down with CSS */
const SCALE = 1.5;

export interface OpenPdf {
  pageCount: number;
  /** draw a page (1-based) into the canvas, sharp on this screen's pixel ratio */
  renderPage: (pageNumber: number, canvas: HTMLCanvasElement) => Promise<void>;
  destroy: () => Promise<void>;
}

function ensureWorker(): void {
  // one worker for the app's lifetime; pdf.js reuses the port for every document
  GlobalWorkerOptions.workerPort ??= new PdfWorker({ name: 'pdf.js' });
}

/** base64 (as main sends PDFs) to bytes */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  ensureWorker();
  const doc: PDFDocumentProxy = await getDocument({
    data: bytes,
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
  }).promise;
  const tasks = new Set<RenderTask>();
  return {
    pageCount: doc.numPages,
    renderPage: async (pageNumber, canvas) => {
      const page = await doc.getPage(pageNumber);
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: SCALE * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const task = page.render({ canvas, viewport });
      tasks.add(task);
      try {
        await task.promise;
      } finally {
        tasks.delete(task);
      }
    },
    destroy: async () => {
      for (const task of tasks) task.cancel();
      await doc.destroy();
    },
  };
}
