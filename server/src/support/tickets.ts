/**
 * Tickets and their messages: the customer's writes (open, reply, close, read) and the staff
 * reply of the sandbox; reading is in ticket-reads.ts, re-exported here so callers have one
 * module. Every write that changes what a client shows records a `tickets` change (id = the
 * ticket id). Writes run inside the caller's transaction.
 */
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { enqueueMail } from '../mail/outbox';
import { ApiError, type FieldError } from '../problem';
import type {
  NewTicket,
  NewTicketMessage,
  Ticket,
  TicketDetail,
  TicketMessage,
  TicketRelation,
} from '../../../src/shared/support/types';
import {
  loadMessages,
  loadTicket,
  loadTicketDetail,
  newId,
  STAFF_NAME,
  ticketNumber,
  ticketRow,
} from './ticket-reads';

export * from './ticket-reads';

export interface Author {
  customerId: number;
  userId: number;
  email: string;
}

function authorName(db: Db, userId: number): string {
  const row = db.prepare('SELECT name, email FROM users WHERE id = ?').get(userId) as
    { name: string | null; email: string } | undefined;
  return row?.name ?? row?.email ?? '';
}

function hasTable(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/** Field errors of the parts that are not this customer's (attachments, contracts, domains). */
function checkReferences(
  db: Db,
  customerId: number,
  attachmentIds: readonly string[],
  related: readonly TicketRelation[] = [],
): FieldError[] {
  const errors: FieldError[] = [];
  const free = db.prepare(
    'SELECT 1 FROM attachments WHERE id = ? AND customer_id = ? AND message_seq IS NULL',
  );
  attachmentIds.forEach((id, i) => {
    if (!free.get(id, customerId)) {
      errors.push({ field: `attachmentIds.${i}`, code: 'attachment_unknown' });
    }
  });
  if (related.length > 0 && hasTable(db, 'contracts')) {
    const contract = db.prepare('SELECT 1 FROM contracts WHERE id = ? AND customer_id = ?');
    // the customer's domains are those of the Domains list (a contract's list can lag behind)
    const domain = hasTable(db, 'domains')
      ? db.prepare('SELECT 1 FROM domains WHERE customer_id = ? AND lower(name) = lower(?)')
      : db.prepare(
          `SELECT 1 FROM contracts c, json_each(c.domains) d
           WHERE c.customer_id = ? AND lower(d.value) = lower(?)`,
        );
    related.forEach((r, i) => {
      const known =
        r.kind === 'contract' ? contract.get(r.id, customerId) : domain.get(customerId, r.id);
      if (!known) errors.push({ field: `related.${i}`, code: 'related_unknown' });
    });
  }
  return errors;
}

function blank(errors: FieldError[], field: string, value: string): void {
  if (value.trim() === '') errors.push({ field, code: 'required' });
}

function refuse(errors: FieldError[]): void {
  if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });
}

function insertMessage(
  db: Db,
  ticketId: string,
  author: { kind: TicketMessage['author']; name: string; userId: number | null },
  body: string,
  attachmentIds: readonly string[],
  now: number,
): number {
  const info = db
    .prepare(
      `INSERT INTO ticket_messages (id, ticket_id, author, author_name, user_id, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(newId('msg'), ticketId, author.kind, author.name, author.userId, body, now);
  const seq = Number(info.lastInsertRowid);
  const link = db.prepare('UPDATE attachments SET message_seq = ? WHERE id = ?');
  for (const id of attachmentIds) link.run(seq, id);
  return seq;
}

function messageBySeq(db: Db, ticketId: string, seq: number): TicketMessage {
  const [message] = loadMessages(db, ticketId, seq);
  if (!message) throw new Error(`message ${seq} vanished`);
  return message;
}

/** Opens a ticket with its first message; mails a confirmation to the author. */
export function createTicket(db: Db, author: Author, input: NewTicket, now: number): TicketDetail {
  const attachmentIds = input.attachmentIds ?? [];
  const errors: FieldError[] = [];
  blank(errors, 'subject', input.subject);
  blank(errors, 'message', input.message);
  errors.push(...checkReferences(db, author.customerId, attachmentIds, input.related));
  refuse(errors);

  const id = newId('tkt');
  const { n } = db.prepare('SELECT COALESCE(MAX(number), 100000) + 1 AS n FROM tickets').get() as {
    n: number;
  };
  const subject = input.subject.trim();
  db.prepare(
    `INSERT INTO tickets (id, customer_id, number, subject, department, priority, status,
       related, created_by, created_at, last_activity_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
  ).run(
    id,
    author.customerId,
    n,
    subject,
    input.department,
    input.priority,
    JSON.stringify(input.related),
    author.userId,
    now,
    now,
  );
  const name = authorName(db, author.userId);
  const seq = insertMessage(
    db,
    id,
    { kind: 'customer', name, userId: author.userId },
    input.message,
    attachmentIds,
    now,
  );
  db.prepare('UPDATE tickets SET read_upto = ? WHERE id = ?').run(seq, id);
  const department = input.department === 'technik' ? 'Technik' : 'Buchhaltung';
  enqueueMail(
    db,
    {
      to: author.email,
      subject: `Ihr Support-Ticket ${ticketNumber(n)}: ${subject}`,
      text:
        `Guten Tag ${name},\n\nvielen Dank für Ihre Anfrage. Wir haben Ihr Ticket ` +
        `${ticketNumber(n)} („${subject}“, Abteilung ${department}) erhalten und melden uns ` +
        `so bald wie möglich.\n\nIhre Nachricht:\n${input.message}\n\nIhr Support-Team\n`,
    },
    now,
  );
  recordChange(db, author.customerId, 'tickets', id, 'upsert', now);
  const detail = loadTicketDetail(db, author.customerId, id);
  if (!detail) throw new Error('the new ticket vanished');
  return detail;
}

/** The customer's reply: the ticket is open again (also when it was closed) and read. */
export function postMessage(
  db: Db,
  author: Author,
  ticketId: string,
  input: NewTicketMessage,
  now: number,
): TicketMessage {
  if (!ticketRow(db, author.customerId, ticketId)) throw new ApiError(404, 'not_found');
  const attachmentIds = input.attachmentIds ?? [];
  const errors: FieldError[] = [];
  blank(errors, 'body', input.body);
  errors.push(...checkReferences(db, author.customerId, attachmentIds));
  refuse(errors);
  const seq = insertMessage(
    db,
    ticketId,
    { kind: 'customer', name: authorName(db, author.userId), userId: author.userId },
    input.body,
    attachmentIds,
    now,
  );
  db.prepare(
    `UPDATE tickets SET status = 'open', last_activity_at = ?, read_upto = ? WHERE id = ?`,
  ).run(now, seq, ticketId);
  recordChange(db, author.customerId, 'tickets', ticketId, 'upsert', now);
  return messageBySeq(db, ticketId, seq);
}

export function closeTicket(db: Db, customerId: number, id: string, now: number): Ticket {
  const row = ticketRow(db, customerId, id);
  if (!row) throw new ApiError(404, 'not_found');
  if (row.status !== 'closed') {
    db.prepare(`UPDATE tickets SET status = 'closed' WHERE id = ?`).run(id);
    recordChange(db, customerId, 'tickets', id, 'upsert', now);
  }
  return loadTicket(db, customerId, id)!;
}

export function markRead(db: Db, customerId: number, id: string, now: number): Ticket {
  const row = ticketRow(db, customerId, id);
  if (!row) throw new ApiError(404, 'not_found');
  db.prepare(
    `UPDATE tickets SET read_upto =
       (SELECT COALESCE(MAX(seq), 0) FROM ticket_messages WHERE ticket_id = ?) WHERE id = ?`,
  ).run(id, id);
  if (row.unread === 1) recordChange(db, customerId, 'tickets', id, 'upsert', now);
  return loadTicket(db, customerId, id)!;
}

/**
 * What the provider's staff do (sandbox endpoint and CLI): a reply to a ticket named by id or
 * number (`T-100001`); it is unread until the customer reads it. Null: no such ticket.
 */
export function staffReply(
  db: Db,
  ticketRef: string,
  reply: { body: string; authorName?: string; status?: 'answered' | 'waiting_for_customer' },
  now: number,
): TicketMessage | null {
  return db
    .transaction(() => {
      const number = /^T-(\d{1,15})$/i.exec(ticketRef.trim());
      const row = (
        number
          ? db
              .prepare('SELECT id, customer_id FROM tickets WHERE number = ?')
              .get(Number(number[1]))
          : db.prepare('SELECT id, customer_id FROM tickets WHERE id = ?').get(ticketRef)
      ) as { id: string; customer_id: number } | undefined;
      if (!row) return null;
      const seq = insertMessage(
        db,
        row.id,
        { kind: 'staff', name: reply.authorName ?? STAFF_NAME, userId: null },
        reply.body,
        [],
        now,
      );
      db.prepare('UPDATE tickets SET status = ?, last_activity_at = ? WHERE id = ?').run(
        reply.status ?? 'answered',
        now,
        row.id,
      );
      recordChange(db, row.customer_id, 'tickets', row.id, 'upsert', now);
      return messageBySeq(db, row.id, seq);
    })
    .immediate();
}
