/**
 * Which files may be attached, checked as they are picked or dropped so the person hears at
 * once why one is refused (the server checks again, by content).
 */
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  ATTACHMENTS_PER_MESSAGE_MAX,
  type AttachmentMimeType,
} from '../../shared/support/types';

/** A file ready to be sent: its content as base64, as the IPC contract takes it. */
export interface PickedAttachment {
  /** stable within the form, for React keys and removal */
  key: string;
  fileName: string;
  mimeType: AttachmentMimeType;
  size: number;
  base64: string;
}

/** A file that was not taken, and why (i18n key under support.attach.refused). */
export interface RefusedFile {
  fileName: string;
  size: number;
  reason: 'type' | 'tooLarge' | 'tooMany' | 'empty' | 'unreadable';
}

const EXTENSIONS = new Map<string, AttachmentMimeType>(
  (Object.entries(ATTACHMENT_TYPES) as [AttachmentMimeType, readonly string[]][]).flatMap(
    ([mime, exts]) => exts.map((ext) => [ext, mime] as const),
  ),
);

/** for <input accept>: ".pdf,.png,…" */
export const ACCEPT = [...EXTENSIONS.keys()].map((ext) => `.${ext}`).join(',');

/** the file types in words for hints: "PDF, PNG, JPG, JPEG, GIF, TXT, LOG, ZIP" */
export const ALLOWED_NAMES = [...EXTENSIONS.keys()].map((ext) => ext.toUpperCase()).join(', ');

export const MAX_MEGABYTES = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** The allowed type of a file by its name's extension, or null. */
export function attachmentType(fileName: string): AttachmentMimeType | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return EXTENSIONS.get(fileName.slice(dot + 1).toLowerCase()) ?? null;
}

/** Why a file cannot be attached, or null when it can (before reading its content). */
export function refusalOf(
  file: { name: string; size: number },
  alreadyAttached: number,
): RefusedFile['reason'] | null {
  if (attachmentType(file.name) === null) return 'type';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  if (alreadyAttached >= ATTACHMENTS_PER_MESSAGE_MAX) return 'tooMany';
  return null;
}

/** File content as base64 (without the data: URL prefix). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

let counter = 0;

/**
 * Takes what can be attached from `files`, in order, after the `existing` ones; refuses the
 * rest with a reason each.
 */
export async function pickAttachments(
  files: readonly File[],
  existing: number,
): Promise<{ picked: PickedAttachment[]; refused: RefusedFile[] }> {
  const picked: PickedAttachment[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const reason = refusalOf(file, existing + picked.length);
    if (reason) {
      refused.push({ fileName: file.name, size: file.size, reason });
      continue;
    }
    try {
      picked.push({
        key: `a${++counter}`,
        fileName: file.name,
        mimeType: attachmentType(file.name)!,
        size: file.size,
        base64: await readBase64(file),
      });
    } catch {
      refused.push({ fileName: file.name, size: file.size, reason: 'unreadable' });
    }
  }
  return { picked, refused };
}

/** The IPC form of picked files. */
export function toUpload(files: readonly PickedAttachment[]) {
  return files.map(({ fileName, mimeType, base64 }) => ({ fileName, mimeType, base64 }));
}
