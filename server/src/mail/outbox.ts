/**
 * The mail outbox. The sandbox does not send mail; it keeps what it would send, and the
 * sandbox endpoint and the CLI show it (that is how a tester reads a reset link).
 */
import type { Db } from '../db';

export interface Mail {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

export function enqueueMail(
  db: Db,
  mail: { to: string; subject: string; text: string },
  now: number,
): number {
  const info = db
    .prepare('INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)')
    .run(mail.to, mail.subject, mail.text, now);
  return Number(info.lastInsertRowid);
}

/** Newest first, optionally only those to one address (case-insensitive). */
export function listMail(db: Db, to?: string, limit = 100): Mail[] {
  const rows = (
    to
      ? db
          .prepare(
            `SELECT * FROM outbox WHERE to_address = ? COLLATE NOCASE ORDER BY id DESC LIMIT ?`,
          )
          .all(to.trim(), limit)
      : db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT ?').all(limit)
  ) as { id: number; to_address: string; subject: string; body: string; created_at: number }[];
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    text: r.body,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
