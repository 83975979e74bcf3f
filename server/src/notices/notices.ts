/**
 * Provider notices as a customer sees them: those naming one of its contracts or domains,
 * and the general ones (naming none). A notice lists only the customer's own contracts and
 * domains — another customer's ids never leak — and only to users with the right to see them
 * (`x-kc-right` on the fields in server/openapi/notices.yaml, applied by the loader). Another customer's notice is answered like a missing one (404).
 */
import type { Notice, NoticeKind, NoticeState } from '../../../src/shared/notices/types';
import { etagOf } from '../account/account';
import type { Db } from '../db';
import { ApiError, cursorInvalid } from '../problem';

export const DEFAULT_NOTICE_LIMIT = 100;

export interface NoticeRow {
  id: number;
  kind: NoticeKind;
  state: NoticeState;
  title_de: string;
  title_en: string;
  body_de: string;
  body_en: string;
  starts_at: number;
  ends_at: number | null;
  general: number;
  created_at: number;
  updated_at: number;
}

/** A notice with every field, before the rights of the asking user are applied. */
export type FullNotice = Required<Notice>;

const iso = (ms: number) => new Date(ms).toISOString();

/** The notices the customer sees (SQL condition on `n`, parameter @customerId). */
const VISIBLE = `(n.general = 1
  OR EXISTS (SELECT 1 FROM notice_contracts nc JOIN contracts k ON k.id = nc.contract_id
             WHERE nc.notice_id = n.id AND k.customer_id = @customerId)
  OR EXISTS (SELECT 1 FROM notice_domains nd JOIN domains d ON d.name = nd.domain_name
             WHERE nd.notice_id = n.id AND d.customer_id = @customerId))`;

/** The row as the customer sees it, with only its own contracts and domains. */
export function toNotice(db: Db, row: NoticeRow, customerId: number): FullNotice {
  const contractIds = (
    db
      .prepare(
        `SELECT nc.contract_id AS id FROM notice_contracts nc
         JOIN contracts k ON k.id = nc.contract_id
         WHERE nc.notice_id = ? AND k.customer_id = ? ORDER BY nc.contract_id`,
      )
      .all(row.id, customerId) as { id: string }[]
  ).map((r) => r.id);
  const domains = (
    db
      .prepare(
        `SELECT nd.domain_name AS name FROM notice_domains nd
         JOIN domains d ON d.name = nd.domain_name
         WHERE nd.notice_id = ? AND d.customer_id = ? ORDER BY nd.domain_name`,
      )
      .all(row.id, customerId) as { name: string }[]
  ).map((r) => r.name);
  return {
    id: String(row.id),
    kind: row.kind,
    state: row.state,
    title: { de: row.title_de, en: row.title_en },
    body: { de: row.body_de, en: row.body_en },
    startsAt: iso(row.starts_at),
    endsAt: row.ends_at === null ? null : iso(row.ends_at),
    general: row.general === 1,
    contractIds,
    domains,
    updatedAt: iso(row.updated_at),
  };
}

function visibleRows(db: Db, customerId: number): NoticeRow[] {
  return db
    .prepare(`SELECT n.* FROM notices n WHERE ${VISIBLE} ORDER BY n.id DESC`)
    .all({ customerId }) as NoticeRow[];
}

/** One notice as the user sees it, or 404 (also for one that does not touch the customer). */
export function loadNotice(db: Db, customerId: number, id: string): Notice {
  const row = /^\d{1,15}$/.test(id)
    ? (db
        .prepare(`SELECT n.* FROM notices n WHERE n.id = @id AND ${VISIBLE}`)
        .get({ id: Number(id), customerId }) as NoticeRow | undefined)
    : undefined;
  if (!row) throw new ApiError(404, 'not_found', { detail: 'No such notice.' });
  return toNotice(db, row, customerId);
}

const CURSOR = /^n1\.(\d{1,15})$/;

export interface NoticeQuery {
  cursor?: string;
  limit?: number;
}

/**
 * A page of the notices the user sees, and the ETag covering all of them (a customer sees a
 * handful, so the whole set is read for each page rather than keeping a version counter).
 */
export function noticePage(
  db: Db,
  customerId: number,
  query: NoticeQuery,
): { page: { items: Notice[]; nextCursor: string | null }; etag: string } {
  let before = Number.MAX_SAFE_INTEGER;
  if (query.cursor !== undefined) {
    const match = CURSOR.exec(query.cursor);
    if (!match?.[1]) {
      throw cursorInvalid();
    }
    before = Number(match[1]);
  }
  const limit = query.limit ?? DEFAULT_NOTICE_LIMIT;
  const all = visibleRows(db, customerId).map((row) => toNotice(db, row, customerId));
  const after = all.filter((notice) => Number(notice.id) < before);
  const items = after.slice(0, limit);
  const last = items[items.length - 1];
  return {
    page: { items, nextCursor: after.length > limit && last ? `n1.${last.id}` : null },
    etag: etagOf({ all, limit }),
  };
}
