/** A picked or dropped verification document: checked here first, then sent as base64. */

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const BY_EXTENSION: Readonly<Record<string, DocumentType>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The document type of a file (by its type, else by its name), or null when not accepted. */
export function documentType(file: { name: string; type: string }): DocumentType | null {
  if ((DOCUMENT_TYPES as readonly string[]).includes(file.type)) return file.type as DocumentType;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

/** Why a file cannot be sent (an i18n key), or undefined. */
export function checkDocument(file: {
  name: string;
  type: string;
  size: number;
}): string | undefined {
  if (!documentType(file)) return 'errors.document_type';
  if (file.size > MAX_DOCUMENT_BYTES) return 'errors.document_too_large';
  if (file.size === 0) return 'errors.document_type';
  return undefined;
}

/** Bytes → base64, in chunks (a 10 MB spread into String.fromCharCode would overflow). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
