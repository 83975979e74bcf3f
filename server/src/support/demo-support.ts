/**
 * "Support" demo data, relative to the moment it is seeded (once per customer, recorded in
 * `meta`). K-100234: four tickets across statuses and departments (one unread staff reply, one
 * with a screenshot attached); K-100235: one answered ticket. Ids are fixed
 * (`tkt_demo_<customer>_<n>`), numbers run from T-100001 in seeding order.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db';
import type { TicketRelation, TicketStatus } from '../../../src/shared/support/types';
import { attachmentsDir } from './attachments';
import { STAFF_NAME } from './tickets';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** a 1×1 PNG, the demo screenshot */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface DemoMessage {
  staff?: boolean;
  /** before the seed moment */
  ago: number;
  body: string;
  attachment?: { id: string; fileName: string; mimeType: 'image/png'; bytes: Buffer };
}

interface DemoTicket {
  id: string;
  subject: string;
  department: 'technik' | 'buchhaltung';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  status: TicketStatus;
  related: TicketRelation[];
  /** the customer has read every message (else: the staff messages after their last one) */
  read: boolean;
  messages: DemoMessage[];
}

export const DEMO_TICKET_IDS = {
  'K-100234': ['tkt_demo_100234_1', 'tkt_demo_100234_2', 'tkt_demo_100234_3', 'tkt_demo_100234_4'],
  'K-100235': ['tkt_demo_100235_1'],
} as const;
export const DEMO_ATTACHMENT_ID = 'att_demo_100234_1';

const PLANS: Record<string, DemoTicket[]> = {
  'K-100234': [
    {
      id: 'tkt_demo_100234_1',
      subject: 'Managed Server M: hohe Last seit dem Update',
      department: 'technik',
      priority: 'high',
      status: 'answered',
      related: [{ kind: 'contract', id: 'V-100234-03', label: 'Managed Server M (V-100234-03)' }],
      read: false,
      messages: [
        {
          ago: 2 * DAY,
          body:
            'Guten Tag,\n\nseit dem Update am Wochenende liegt die Last unseres Managed Servers ' +
            'dauerhaft über 90 %. Anbei ein Screenshot der Auslastung. Können Sie sich das ' +
            'ansehen?\n\nViele Grüße\nErika Mustermann',
          attachment: {
            id: DEMO_ATTACHMENT_ID,
            fileName: 'Auslastung März.png',
            mimeType: 'image/png',
            bytes: PNG,
          },
        },
        {
          staff: true,
          ago: 3 * HOUR,
          body:
            'Guten Tag Frau Mustermann,\n\nein Cronjob Ihres Shops lief nach dem Update in ' +
            'einer Schleife. Wir haben ihn angehalten; die Last liegt wieder bei 15 %. Bitte ' +
            'prüfen Sie, ob der Shop wie gewohnt läuft.\n\nMit freundlichen Grüßen\nIhr ' +
            'Support-Team',
        },
      ],
    },
    {
      id: 'tkt_demo_100234_2',
      subject: 'Lastschrift doppelt abgebucht?',
      department: 'buchhaltung',
      priority: 'normal',
      status: 'waiting_for_customer',
      related: [],
      read: true,
      messages: [
        {
          ago: 5 * DAY,
          body: 'Hallo, uns wurde der Betrag der letzten Rechnung scheinbar zweimal abgebucht.',
        },
        {
          staff: true,
          ago: 4 * DAY,
          body:
            'Guten Tag,\n\nbei uns ist nur eine Zahlung eingegangen. Könnten Sie uns einen ' +
            'Kontoauszug mit beiden Buchungen schicken?\n\nIhre Buchhaltung',
        },
      ],
    },
    {
      id: 'tkt_demo_100234_3',
      subject: 'SSL-Zertifikat für shop.muster-webdesign.de',
      department: 'technik',
      priority: 'low',
      status: 'closed',
      related: [{ kind: 'domain', id: 'muster-webdesign.de', label: 'muster-webdesign.de' }],
      read: true,
      messages: [
        {
          ago: 20 * DAY,
          body: 'Deckt unser Wildcard-Zertifikat auch shop.muster-webdesign.de ab?',
        },
        {
          staff: true,
          ago: 19 * DAY,
          body: 'Ja, das Wildcard-Zertifikat gilt für alle Subdomains von muster-webdesign.de.',
        },
        { ago: 19 * DAY - 2 * HOUR, body: 'Danke, dann schließe ich das Ticket.' },
      ],
    },
    {
      id: 'tkt_demo_100234_4',
      subject: 'E-Mail-Weiterleitung für info@ einrichten',
      department: 'technik',
      priority: 'normal',
      status: 'open',
      related: [{ kind: 'domain', id: 'muster-webdesign.de', label: 'muster-webdesign.de' }],
      read: true,
      messages: [
        {
          ago: 6 * HOUR,
          body:
            'Bitte leiten Sie info@muster-webdesign.de zusätzlich an ' +
            'erika@muster-webdesign.de weiter. Danke!',
        },
      ],
    },
  ],
  'K-100235': [
    {
      id: 'tkt_demo_100235_1',
      subject: 'Frage zur ersten Rechnung',
      department: 'buchhaltung',
      priority: 'normal',
      status: 'answered',
      related: [],
      read: true,
      messages: [
        { ago: 10 * DAY, body: 'Warum ist die erste Rechnung höher als der Monatspreis?' },
        {
          staff: true,
          ago: 9 * DAY,
          body: 'Die erste Rechnung enthält die einmalige Einrichtungsgebühr. Ab dann gilt der Monatspreis.',
        },
      ],
    },
  ],
};

/** Seeds the tickets of a demo customer once. */
export function seedDemoSupport(db: Db, customerNumber: string, now: number): void {
  const key = `demo_support:${customerNumber}`;
  const plan = PLANS[customerNumber];
  if (!plan) return;
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(key)) return;
    const customer = db
      .prepare(
        `SELECT c.id, c.first_name || ' ' || c.last_name AS name,
           (SELECT MIN(id) FROM users WHERE customer_id = c.id) AS userId
         FROM customers c WHERE c.customer_number = ?`,
      )
      .get(customerNumber) as { id: number; name: string; userId: number | null } | undefined;
    if (!customer) return;
    for (const t of plan) {
      const { n } = db
        .prepare('SELECT COALESCE(MAX(number), 100000) + 1 AS n FROM tickets')
        .get() as { n: number };
      const first = t.messages[0]?.ago ?? 0;
      const last = t.messages[t.messages.length - 1]?.ago ?? 0;
      db.prepare(
        `INSERT INTO tickets (id, customer_id, number, subject, department, priority, status,
           related, created_by, created_at, last_activity_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        t.id,
        customer.id,
        n,
        t.subject,
        t.department,
        t.priority,
        t.status,
        JSON.stringify(t.related),
        customer.userId,
        now - first,
        now - last,
      );
      let readUpto = 0;
      t.messages.forEach((m, i) => {
        const info = db
          .prepare(
            `INSERT INTO ticket_messages (id, ticket_id, author, author_name, user_id, body,
               created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            `msg_${t.id.slice(4)}_${i + 1}`,
            t.id,
            m.staff ? 'staff' : 'customer',
            m.staff ? STAFF_NAME : customer.name,
            m.staff ? null : customer.userId,
            m.body,
            now - m.ago,
          );
        const seq = Number(info.lastInsertRowid);
        if (!m.staff || t.read) readUpto = seq;
        if (m.attachment) {
          const a = m.attachment;
          mkdirSync(attachmentsDir(db), { recursive: true });
          writeFileSync(path.join(attachmentsDir(db), a.id), a.bytes);
          db.prepare(
            `INSERT INTO attachments (id, customer_id, user_id, message_seq, file_name, mime_type,
               size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            a.id,
            customer.id,
            customer.userId,
            seq,
            a.fileName,
            a.mimeType,
            a.bytes.length,
            createHash('sha256').update(a.bytes).digest('hex'),
            now - m.ago,
          );
        }
      });
      db.prepare('UPDATE tickets SET read_upto = ? WHERE id = ?').run(readUpto, t.id);
    }
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, String(now));
  }).immediate();
}
