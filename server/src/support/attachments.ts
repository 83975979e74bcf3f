/**
 * Attachments: uploaded as base64 JSON, checked (allowlist by extension and content, ≤ 10 MB),
 * stored as files in the data folder (`attachments/<id>`, never in SQLite), served with their
 * type and a download name.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db';
import { ApiError } from '../problem';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type Attachment,
  type AttachmentMimeType,
  type AttachmentUpload,
} from '../../../src/shared/support/types';
import { newId, toAttachment } from './tickets';

export function attachmentsDir(db: Db): string {
  return path.join(path.dirname(db.name), 'attachments');
}

const startsWith = (bytes: Buffer, ...signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Does the content look like the type (magic bytes; text: UTF-8 without NUL)? */
export function contentFits(type: AttachmentMimeType, bytes: Buffer): boolean {
  switch (type) {
    case 'application/pdf':
      return startsWith(bytes, ...ascii('%PDF-'));
    case 'image/png':
      return startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return startsWith(bytes, 0xff, 0xd8, 0xff);
    case 'image/gif':
      return startsWith(bytes, ...ascii('GIF87a')) || startsWith(bytes, ...ascii('GIF89a'));
    case 'application/zip':
      return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
    case 'text/plain':
      if (bytes.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
  }
}

/** The allowed type the file name's extension names, or null. */
export function typeOfName(fileName: string): AttachmentMimeType | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return null;
  for (const [type, exts] of Object.entries(ATTACHMENT_TYPES)) {
    if ((exts as readonly string[]).includes(ext)) return type as AttachmentMimeType;
  }
  return null;
}

/** The last path segment, without control characters; what the download is named. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function invalid(field: string, code: string): ApiError {
  return new ApiError(400, 'validation_failed', { errors: [{ field, code }] });
}

/** Checks the upload, writes the file, then records it (unused until a message names it). */
export async function storeAttachment(
  db: Db,
  owner: { customerId: number; userId: number },
  upload: AttachmentUpload,
  now: number,
): Promise<Attachment> {
  const fileName = cleanFileName(upload.fileName);
  if (fileName === '') throw invalid('fileName', 'required');
  const base64 = upload.base64.replace(/[\r\n]/g, '');
  if (!BASE64.test(base64) || base64.length % 4 === 1) throw invalid('base64', 'format');
  if (decodedSize(base64) > ATTACHMENT_MAX_BYTES) {
    throw new ApiError(413, 'attachment_too_large', {
      detail: `An attachment may have at most ${ATTACHMENT_MAX_BYTES} bytes.`,
    });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw invalid('base64', 'required');
  const type = typeOfName(fileName);
  if (!type || !contentFits(type, bytes)) {
    throw new ApiError(415, 'attachment_type', {
      detail: 'Allowed are PDF, PNG, JPEG, GIF, TXT, LOG and ZIP files whose content fits.',
    });
  }

  const id = newId('att');
  const dir = attachmentsDir(db);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, id);
  // written whole under another name first: a crash leaves no half file under the id
  await writeFile(`${file}.part`, bytes);
  await rename(`${file}.part`, file);
  try {
    db.prepare(
      `INSERT INTO attachments (id, customer_id, user_id, message_seq, file_name, mime_type,
         size, sha256, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      owner.customerId,
      owner.userId,
      fileName,
      type,
      bytes.length,
      createHash('sha256').update(bytes).digest('hex'),
      now,
    );
  } catch (err) {
    await unlink(file).catch(() => undefined);
    throw err;
  }
  return { id, fileName, mimeType: type, size: bytes.length };
}

export interface StoredFile {
  attachment: Attachment;
  sha256: string;
  read(): Promise<Buffer>;
}

/** The customer's attachment (another customer's: null, as if missing). */
export function findAttachment(db: Db, customerId: number, id: string): StoredFile | null {
  const row = db
    .prepare(
      `SELECT id, message_seq, file_name, mime_type, size, sha256 FROM attachments
       WHERE id = ? AND customer_id = ?`,
    )
    .get(id, customerId) as (Parameters<typeof toAttachment>[0] & { sha256: string }) | undefined;
  if (!row) return null;
  return {
    attachment: toAttachment(row),
    sha256: row.sha256,
    read: () => readFile(path.join(attachmentsDir(db), row.id)),
  };
}

/**
 * `attachment` with an ASCII fallback name (RFC 6266) and the exact name as RFC 5987
 * `filename*` (UTF-8, percent-encoded).
 */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/Ä/g, 'Ae')
      .replace(/Ö/g, 'Oe')
      .replace(/Ü/g, 'Ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
