/** Sending a verification document: one at a time, with a clear reason when refused. */
import { create } from 'zustand';
import { AppError, call } from '../ipc';
import { verificationStore } from './account-stores';
import { checkDocument, documentType, toBase64 } from './document-file';

interface UploadStore {
  kind: 'identity' | 'company';
  pending: boolean;
  /** an i18n key (checked here) or an error from main */
  error: AppError | string | null;
  uploaded: string | null;
  setKind: (kind: 'identity' | 'company') => void;
  upload: (file: File) => Promise<void>;
}

const initial = {
  kind: 'identity' as const,
  pending: false,
  error: null,
  uploaded: null,
} satisfies Partial<UploadStore>;

export const useUploadStore = create<UploadStore>()((set, get) => ({
  ...initial,
  setKind: (kind) => set({ kind }),
  upload: async (file) => {
    if (get().pending) return;
    const refused = checkDocument(file);
    const mimeType = documentType(file);
    if (refused || !mimeType) {
      set({ error: refused ?? 'errors.document_type', uploaded: null });
      return;
    }
    set({ pending: true, error: null, uploaded: null });
    try {
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      const verification = await call('verification:upload', {
        kind: get().kind,
        fileName: file.name,
        mimeType,
        base64,
      });
      verificationStore.put(verification);
      set({ pending: false, uploaded: file.name });
    } catch (thrown) {
      set({ pending: false, error: AppError.from(thrown) });
    }
  },
}));

export function resetUploadStore(): void {
  useUploadStore.setState(initial);
}
