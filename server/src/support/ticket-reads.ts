/**
 * Reading tickets: list pages (newest activity first, keyset cursor), one ticket, its thread.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { cursorInvalid } from '../problem';
import type {
  Attachment,
  Ticket,
  TicketDepartment,
  TicketDetail,
  TicketMessage,
  TicketPage,
  TicketRelation,
  TicketStatus,
} from '../../../src/shared/support/types';

export const DEFAULT_TICKET_LIMIT = 50;
export const PREVIEW_MAX = 140;
export const STAFF_NAME = 'Support-Team';

export const newId = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
const iso = (ms: number) => new Date(ms).toISOString();
export const ticketNumber = (n: number) => `T-${n}`;

interface TicketRow {
  id: string;
  customer_id: number;
  number: number;
  subject: string;
  department: Ticket['department'];
  priority: Ticket['priority'];
  status: TicketStatus;
  related: string;
  created_at: number;
  last_activity_at: number;
  read_upto: number;
  unread: number;
  last_body: string | null;
}

// unread: a staff message after the customer's last read; preview: the newest message
const TICKET_SELECT = `SELECT t.*,
  EXISTS (SELECT 1 FROM ticket_messages m
          WHERE m.ticket_id = t.id AND m.author = 'staff' AND m.seq > t.read_upto) AS unread,
  (SELECT m.body FROM ticket_messages m WHERE m.ticket_id = t.id ORDER BY m.seq DESC LIMIT 1)
    AS last_body
  FROM tickets t`;

export function previewOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_MAX ? flat : `${flat.slice(0, PREVIEW_MAX - 1)}…`;
}

function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    number: ticketNumber(row.number),
    subject: row.subject,
    department: row.department,
    priority: row.priority,
    status: row.status,
    related: JSON.parse(row.related) as TicketRelation[],
    createdAt: iso(row.created_at),
    lastActivityAt: iso(row.last_activity_at),
    unread: row.unread === 1,
    lastMessagePreview: previewOf(row.last_body ?? ''),
  };
}

// Cursor: `t1.<last activity ms>.<ticket id>` (keyset, newest first). Opaque to clients.
const CURSOR = /^t1\.(\d{1,15})\.([A-Za-z0-9_]{1,64})$/;

export function checkTicketCursor(cursor: string | undefined): void {
  if (cursor !== undefined && !CURSOR.test(cursor)) {
    throw cursorInvalid();
  }
}

export function ticketPage(
  db: Db,
  customerId: number,
  query: {
    cursor?: string;
    limit?: number;
    status?: TicketStatus;
    department?: TicketDepartment;
  },
): TicketPage {
  checkTicketCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_TICKET_LIMIT;
  const where = ['t.customer_id = @customerId'];
  const params: Record<string, unknown> = { customerId, limit: limit + 1 };
  if (query.status) {
    where.push('t.status = @status');
    params.status = query.status;
  }
  if (query.department) {
    where.push('t.department = @department');
    params.department = query.department;
  }
  const match = query.cursor ? CURSOR.exec(query.cursor) : null;
  if (match) {
    where.push('(t.last_activity_at < @at OR (t.last_activity_at = @at AND t.id < @afterId))');
    params.at = Number(match[1]);
    params.afterId = match[2];
  }
  const rows = db
    .prepare(
      `${TICKET_SELECT} WHERE ${where.join(' AND ')}
       ORDER BY t.last_activity_at DESC, t.id DESC LIMIT @limit`,
    )
    .all(params) as TicketRow[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toTicket),
    nextCursor: rows.length > limit && last ? `t1.${last.last_activity_at}.${last.id}` : null,
  };
}

export function ticketRow(db: Db, customerId: number, id: string): TicketRow | undefined {
  return db.prepare(`${TICKET_SELECT} WHERE t.id = ? AND t.customer_id = ?`).get(id, customerId) as
    TicketRow | undefined;
}

export function loadTicket(db: Db, customerId: number, id: string): Ticket | null {
  const row = ticketRow(db, customerId, id);
  return row ? toTicket(row) : null;
}

interface MessageRow {
  seq: number;
  id: string;
  ticket_id: string;
  author: TicketMessage['author'];
  author_name: string;
  body: string;
  created_at: number;
}

interface AttachmentRow {
  id: string;
  message_seq: number | null;
  file_name: string;
  mime_type: Attachment['mimeType'];
  size: number;
}

export const toAttachment = (a: AttachmentRow): Attachment => ({
  id: a.id,
  fileName: a.file_name,
  mimeType: a.mime_type,
  size: a.size,
});

function toMessage(row: MessageRow, attachments: AttachmentRow[]): TicketMessage {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    author: row.author,
    authorName: row.author_name,
    body: row.body,
    createdAt: iso(row.created_at),
    attachments: attachments.filter((a) => a.message_seq === row.seq).map(toAttachment),
  };
}

export function loadMessages(db: Db, ticketId: string, onlySeq?: number): TicketMessage[] {
  const filter = onlySeq === undefined ? '' : ' AND m.seq = @seq';
  const rows = db
    .prepare(
      `SELECT m.* FROM ticket_messages m WHERE m.ticket_id = @ticketId${filter} ORDER BY m.seq`,
    )
    .all({ ticketId, seq: onlySeq }) as MessageRow[];
  const attachments = db
    .prepare(
      `SELECT a.id, a.message_seq, a.file_name, a.mime_type, a.size FROM attachments a
       JOIN ticket_messages m ON m.seq = a.message_seq
       WHERE m.ticket_id = @ticketId${filter} ORDER BY a.rowid`,
    )
    .all({ ticketId, seq: onlySeq }) as AttachmentRow[];
  return rows.map((r) => toMessage(r, attachments));
}

export function loadTicketDetail(db: Db, customerId: number, id: string): TicketDetail | null {
  const ticket = loadTicket(db, customerId, id);
  return ticket ? { ...ticket, messages: loadMessages(db, id) } : null;
}
