/**
 * Verification of a customer account: e-mail confirmed → customer data complete → a document
 * uploaded → checked by the provider (sandbox: POST /v1/sandbox/verification, or the CLI's
 * `verify`). Documents are stored as files in the data folder (`documents/`), not in SQLite.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VerificationStatus } from '../../../src/shared/domain';
import type {
  Right,
  Verification,
  VerificationDocument,
  VerificationStepState,
} from '../../../src/shared/team/types';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError } from '../problem';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** features that wait for a verified account */
export const WAITING_FEATURES: Right[] = ['contracts', 'domains', 'dns'];

export type DocumentMime = 'application/pdf' | 'image/jpeg' | 'image/png';
const EXTENSIONS: Record<DocumentMime, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The type the bytes say they are (magic numbers), or null. */
export function sniffDocument(bytes: Buffer): DocumentMime | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.subarray(0, 8).equals(png)) return 'image/png';
  return null;
}

interface CustomerState {
  id: number;
  customer_number: string;
  kind: string;
  first_name: string;
  last_name: string;
  company: string | null;
  phone: string | null;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  verification_status: VerificationStatus;
  verification_reason: string | null;
}

function customerState(db: Db, customerId: number): CustomerState | undefined {
  return db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as
    CustomerState | undefined;
}

/** Name, address and phone are there (and the company for a company). */
export function customerDataComplete(c: CustomerState): boolean {
  const filled = (v: string | null) => typeof v === 'string' && v.trim() !== '';
  return (
    filled(c.first_name) &&
    filled(c.last_name) &&
    (c.kind !== 'company' || filled(c.company)) &&
    filled(c.phone) &&
    filled(c.street) &&
    filled(c.postal_code) &&
    filled(c.city) &&
    filled(c.country)
  );
}

function emailConfirmed(db: Db, customerId: number): boolean {
  return !!db
    .prepare(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.customer_id = ? AND m.owner = 1 AND u.email_unconfirmed_since IS NULL LIMIT 1`,
    )
    .get(customerId);
}

function documents(db: Db, customerId: number): VerificationDocument[] {
  const rows = db
    .prepare(
      `SELECT id, kind, file_name, uploaded_at FROM verification_documents
       WHERE customer_id = ? ORDER BY id`,
    )
    .all(customerId) as {
    id: number;
    kind: VerificationDocument['kind'];
    file_name: string;
    uploaded_at: number;
  }[];
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    fileName: r.file_name,
    uploadedAt: new Date(r.uploaded_at).toISOString(),
  }));
}

export function loadVerification(db: Db, customerId: number): Verification | null {
  const c = customerState(db, customerId);
  if (!c) return null;
  const status = c.verification_status;
  const docs = documents(db, customerId);
  const done = (ok: boolean): VerificationStepState => (ok ? 'done' : 'open');
  const verified = status === 'verified';
  const review: VerificationStepState =
    status === 'verified'
      ? 'done'
      : status === 'pending'
        ? 'waiting'
        : status === 'rejected'
          ? 'rejected'
          : 'open';
  return {
    status,
    steps: [
      { id: 'emailConfirmed', state: done(verified || emailConfirmed(db, customerId)) },
      { id: 'customerData', state: done(verified || customerDataComplete(c)) },
      {
        id: 'document',
        state: status === 'rejected' ? 'rejected' : done(verified || docs.length > 0),
      },
      { id: 'review', state: review },
    ],
    rejectionReason: status === 'rejected' ? c.verification_reason : null,
    documents: docs,
    waitingFeatures: verified ? [] : [...WAITING_FEATURES],
  };
}

function setStatus(
  db: Db,
  c: CustomerState,
  status: VerificationStatus,
  reason: string | null,
  now: number,
): void {
  db.prepare(
    `UPDATE customers SET verification_status = ?, verification_reason = ?, updated_at = ?
     WHERE id = ?`,
  ).run(status, reason, now, c.id);
  recordChange(db, c.id, 'account', c.customer_number, 'upsert', now);
  recordChange(db, c.id, 'me', c.customer_number, 'upsert', now);
}

/**
 * After a change of data or documents: submits for review (`pending`) once the e-mail is
 * confirmed, the data complete and a document is there. `newDocument`: a rejected account is
 * submitted again only with a new document.
 */
export function maybeSubmit(db: Db, customerId: number, now: number, newDocument = false) {
  const c = customerState(db, customerId);
  if (!c) return;
  const open =
    c.verification_status === 'unverified' || (newDocument && c.verification_status === 'rejected');
  if (!open) return;
  const hasDocument = documents(db, customerId).length > 0;
  if (hasDocument && emailConfirmed(db, customerId) && customerDataComplete(c)) {
    setStatus(db, c, 'pending', null, now);
  }
  recordChange(db, customerId, 'verification', c.customer_number, 'upsert', now);
}

export interface DocumentUpload {
  kind: VerificationDocument['kind'];
  fileName: string;
  mimeType: DocumentMime;
  base64: string;
}

/** Checks and stores a document: 413 `document_too_large`, 422 `document_type`. */
export function storeDocument(
  db: Db,
  dataDir: string,
  customerId: number,
  upload: DocumentUpload,
  now: number,
): void {
  const b64 = upload.base64.replace(/\s/g, '');
  if (Math.floor((b64.length * 3) / 4) - (b64.match(/=+$/)?.[0].length ?? 0) > MAX_DOCUMENT_BYTES) {
    throw tooLarge();
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    throw new ApiError(422, 'document_type', { detail: 'The content is not base64.' });
  }
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  const sniffed = sniffDocument(bytes);
  if (sniffed === null || sniffed !== upload.mimeType) {
    throw new ApiError(422, 'document_type', {
      detail: 'Only PDF, JPEG or PNG files whose content matches the type are accepted.',
      errors: [{ field: 'base64', code: 'document_type' }],
    });
  }
  const dir = path.join(dataDir, 'documents');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const storedName = `${randomUUID()}.${EXTENSIONS[sniffed]}`;
  writeFileSync(path.join(dir, storedName), bytes, { mode: 0o600, flag: 'wx' });
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(0, 255) || 'document';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO verification_documents
         (customer_id, kind, file_name, mime_type, size_bytes, sha256, stored_name, uploaded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      customerId,
      upload.kind,
      fileName,
      sniffed,
      bytes.length,
      createHash('sha256').update(bytes).digest('hex'),
      storedName,
      now,
    );
    maybeSubmit(db, customerId, now, true);
  })();
}

function tooLarge(): ApiError {
  return new ApiError(413, 'document_too_large', {
    detail: 'A document may have at most 10 MB.',
    errors: [{ field: 'base64', code: 'document_too_large' }],
  });
}

/** The provider's decision (sandbox): verified, or rejected with a reason. */
export function decideVerification(
  db: Db,
  customerId: number,
  decision: 'approve' | 'reject',
  reason: string | null,
  now: number,
): Verification | null {
  const c = customerState(db, customerId);
  if (!c) return null;
  db.transaction(() => {
    if (decision === 'approve') setStatus(db, c, 'verified', null, now);
    else setStatus(db, c, 'rejected', reason?.trim() || null, now);
    recordChange(db, c.id, 'verification', c.customer_number, 'upsert', now);
  })();
  return loadVerification(db, customerId);
}

/** The data folder of the database (documents live next to it). */
export function dataDirOf(db: Db): string {
  return path.dirname(db.name);
}
