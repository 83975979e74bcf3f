/** Files the person attached, checked before anything is sent, and uploads of them. */
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/support/types';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';

export interface PickedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface DecodedFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A problem with the n-th file, named on its field so the form can point at it. */
function fileError(status: number, code: string, index: number): ApiError {
  return new ApiError(status, code, undefined, { [`attachments.${index}`]: code });
}

/** The files' bytes; too large (over 10 MB) or not base64 is refused here, naming the file. */
export function decodeFiles(files: readonly PickedFile[] = []): DecodedFile[] {
  return files.map((file, index) => {
    const text = file.base64.replace(/\s+/g, '');
    if (!BASE64.test(text)) throw fileError(400, 'validation_failed', index);
    const data = Buffer.from(text, 'base64');
    if (data.byteLength > ATTACHMENT_MAX_BYTES) throw fileError(413, 'attachment_too_large', index);
    return { fileName: file.fileName, mimeType: file.mimeType, data };
  });
}

/**
 * Uploads the files one by one and answers their ids. The server's refusal of a file (too
 * large, a type not allowed or not fitting its name) comes back naming that file.
 */
export async function uploadFiles(
  api: ApiClient,
  files: readonly DecodedFile[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const { data } = await api.request<Attachment>({
        method: 'POST',
        path: '/v1/attachments',
        body: {
          fileName: file.fileName,
          mimeType: file.mimeType,
          base64: file.data.toString('base64'),
        },
        timeoutMs: 60_000,
      });
      ids.push(data.id);
    } catch (error) {
      throw uploadRefusal(error, index);
    }
  }
  return ids;
}

/** The server's refusal of the n-th file's upload, naming that file; anything else as it is. */
export function uploadRefusal(error: unknown, index: number): unknown {
  if (error instanceof ApiError && (error.status === 413 || error.code === 'payload_too_large')) {
    return fileError(413, 'attachment_too_large', index);
  }
  if (error instanceof ApiError && (error.status === 415 || error.code === 'attachment_type')) {
    return fileError(415, 'attachment_type', index);
  }
  return error;
}

/** The server's `attachmentIds.<n>` field errors, as the form's `attachments.<n>`. */
export function renameAttachmentFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, code]) => [
      field.replace(/^attachmentIds\./, 'attachments.'),
      code,
    ]),
  );
  return new ApiError(error.status, error.code, error.retryAfter, fields, error.details);
}
