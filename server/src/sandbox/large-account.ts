/**
 * The rest of the large account (`seed-large`, after billing/large.ts created it and
 * domains/large.ts gave it its zones): 300 contracts with their logins, 1,000 tickets with
 * 10,000 messages (every 50th ticket with a screenshot), 200 contacts and 29 colleagues
 * (30 users with the owner), none of whom signs in. One transaction with statements prepared
 * once; idempotent (recorded in `meta`). Nothing goes to the change log: a client signing in
 * fetches every list whole anyway.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProductType } from '../../../src/shared/products/types';
import type { Right } from '../../../src/shared/team/types';
import { findUserByEmail } from '../auth/users';
import { serializeRights } from '../auth/rights';
import { LARGE_EMAIL } from '../billing/large';
import { addDays, berlinDate } from '../billing/dates';
import type { Db } from '../db';
import { generatePassword } from '../products/credentials';
import { attachmentsDir } from '../support/attachments';
import { STAFF_NAME } from '../support/tickets';

export const LARGE_CONTRACTS = 300;
export const LARGE_TICKETS = 1_000;
export const LARGE_MESSAGES_PER_TICKET = 10;
export const LARGE_CONTACTS = 200;
export const LARGE_COLLEAGUES = 29;
const ATTACHMENT_EVERY = 50;
const KEY = 'large_account_rest';
const DAY = 24 * 60 * 60 * 1000;

/** a 1×1 PNG, the screenshot some tickets carry */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const PRODUCTS: { type: ProductType; name: string; priceCents: number; cycle: number }[] = [
  { type: 'webhosting', name: 'Webhosting Business', priceCents: 1499, cycle: 1 },
  { type: 'managed_server', name: 'Managed Server M', priceCents: 4900, cycle: 1 },
  { type: 'email', name: 'E-Mail Pro 10', priceCents: 1000, cycle: 1 },
  { type: 'ssl', name: 'SSL Wildcard', priceCents: 7900, cycle: 12 },
  { type: 'domain', name: '.de-Domains (10)', priceCents: 9000, cycle: 12 },
];
const KINDS = ['control_panel', 'ftp', 'ssh', 'database', 'mailbox'] as const;
const RIGHT_SETS: Right[][] = [['invoices'], ['tickets', 'contracts'], ['domains', 'dns']];
const CITIES = [
  { street: 'Hafenstraße 7', postalCode: '20457', city: 'Hamburg' },
  { street: 'Königsallee 30', postalCode: '40212', city: 'Düsseldorf' },
  { street: 'Marienplatz 1', postalCode: '80331', city: 'München' },
];
const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Finn', 'Greta', 'Hakan', 'Ida', 'Jan'];
const LAST = ['Schulz', 'Yılmaz', 'Becker', 'Hoffmann', 'Nowak', 'Wagner', 'Öztürk', 'Koch'];

export interface SeedLargeRestResult {
  created: boolean;
  contracts: number;
  tickets: number;
  messages: number;
  contacts: number;
  users: number;
}

const person = (i: number) => ({
  first: FIRST[i % FIRST.length] ?? 'Anna',
  last: LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Schulz',
});

function counts(db: Db, customerId: number, created: boolean): SeedLargeRestResult {
  const n = (sql: string) => (db.prepare(sql).get({ id: customerId }) as { n: number }).n;
  return {
    created,
    contracts: n('SELECT COUNT(*) AS n FROM contracts WHERE customer_id = @id'),
    tickets: n('SELECT COUNT(*) AS n FROM tickets WHERE customer_id = @id'),
    messages: n(
      `SELECT COUNT(*) AS n FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id
       WHERE t.customer_id = @id`,
    ),
    contacts: n('SELECT COUNT(*) AS n FROM contacts WHERE customer_id = @id'),
    users: n('SELECT COUNT(*) AS n FROM memberships WHERE customer_id = @id'),
  };
}

function seedContracts(db: Db, customerId: number, today: string, now: number): void {
  const contract = db.prepare(
    `INSERT INTO contracts (id, customer_id, contract_number, product_type, product_name,
       description, start_date, minimum_term_months, renewal_period_months, notice_unit,
       notice_amount, price_cents, billing_cycle_months, end_date, domains, created_at,
       updated_at)
     VALUES (@id, @customer, @id, @type, @name, @description, @start, 12, 12, 'months', 1,
       @price, @cycle, NULL, @domains, @now, @now)`,
  );
  const login = db.prepare(
    `INSERT INTO contract_credentials (id, contract_id, position, kind, label, host, port,
       username, password, url, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  for (let i = 0; i < LARGE_CONTRACTS; i++) {
    const p = PRODUCTS[i % PRODUCTS.length] ?? PRODUCTS[0]!;
    // the first six are the ones the large account's invoice lines name
    const id = `V-199999-${String(i + 1).padStart(2, '0')}`;
    const domain = `grossmann-${String(i + 1).padStart(4, '0')}.${['de', 'com', 'eu', 'net', 'org'][i % 5]}`;
    contract.run({
      id,
      customer: customerId,
      type: p.type,
      name: `${p.name} #${i + 1}`,
      description: `${p.name} für ${domain}`,
      start: addDays(today, -((i * 11) % 1800) - 30),
      price: p.priceCents,
      cycle: p.cycle,
      domains: JSON.stringify([domain]),
      now,
    });
    for (let position = 0; position < 1 + (i % 3); position++) {
      const kind = KINDS[(i + position) % KINDS.length] ?? 'ssh';
      login.run(
        `${id}-${kind}`,
        id,
        position,
        kind,
        `${kind} ${domain}`,
        `${kind.replace('_', '-')}.${domain}`,
        kind === 'ssh' ? 22 : kind === 'ftp' ? 21 : null,
        `k199999-${i + 1}-${position}`,
        generatePassword(),
        now,
      );
    }
  }
}

function seedTickets(db: Db, customerId: number, owner: { id: number; name: string }, now: number) {
  const { n: first } = db
    .prepare('SELECT COALESCE(MAX(number), 100000) + 1 AS n FROM tickets')
    .get() as { n: number };
  const ticket = db.prepare(
    `INSERT INTO tickets (id, customer_id, number, subject, department, priority, status,
       related, created_by, created_at, last_activity_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const message = db.prepare(
    `INSERT INTO ticket_messages (id, ticket_id, author, author_name, user_id, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const attachment = db.prepare(
    `INSERT INTO attachments (id, customer_id, user_id, message_seq, file_name, mime_type, size,
       sha256, created_at) VALUES (?, ?, ?, ?, ?, 'image/png', ?, ?, ?)`,
  );
  const readUpto = db.prepare('UPDATE tickets SET read_upto = ? WHERE id = ?');
  const sha = createHash('sha256').update(PNG).digest('hex');
  const statuses = ['closed', 'closed', 'answered', 'waiting_for_customer', 'open'] as const;
  const priorities = ['low', 'normal', 'normal', 'high', 'urgent'] as const;
  mkdirSync(attachmentsDir(db), { recursive: true });
  for (let i = 0; i < LARGE_TICKETS; i++) {
    const id = `tkt_large_${i + 1}`;
    const contract = `V-199999-${String((i % LARGE_CONTRACTS) + 1).padStart(2, '0')}`;
    // oldest first, one ticket about every 3.6 days over ten years; the newest an hour ago
    const start = now - (LARGE_TICKETS - i) * 3.6 * DAY;
    const at = (m: number) => start + m * (i === LARGE_TICKETS - 1 ? 60_000 : 3 * 3600_000);
    ticket.run(
      id,
      customerId,
      first + i,
      `Anfrage ${i + 1} zu ${contract}`,
      i % 4 === 1 ? 'buchhaltung' : 'technik',
      priorities[i % priorities.length] ?? 'normal',
      statuses[i % statuses.length] ?? 'closed',
      JSON.stringify([{ kind: 'contract', id: contract, label: contract }]),
      owner.id,
      at(0),
      at(LARGE_MESSAGES_PER_TICKET - 1),
    );
    let seq = 0;
    for (let m = 0; m < LARGE_MESSAGES_PER_TICKET; m++) {
      const staff = m % 2 === 1;
      const info = message.run(
        `msg_large_${i + 1}_${m + 1}`,
        id,
        staff ? 'staff' : 'customer',
        staff ? STAFF_NAME : owner.name,
        staff ? null : owner.id,
        staff
          ? `Guten Tag,\n\nwir haben uns ${contract} angesehen (Schritt ${m + 1}).\n\nIhr Support-Team`
          : `Hallo,\n\nNachricht ${m + 1} zu Anfrage ${i + 1}: bitte prüfen Sie ${contract}.\n\nViele Grüße`,
        at(m),
      );
      seq = Number(info.lastInsertRowid);
      if (m === 0 && i % ATTACHMENT_EVERY === 0) {
        const attId = `att_large_${i + 1}`;
        writeFileSync(path.join(attachmentsDir(db), attId), PNG);
        attachment.run(
          attId,
          customerId,
          owner.id,
          seq,
          `Screenshot ${i + 1}.png`,
          PNG.length,
          sha,
          at(m),
        );
      }
    }
    // all read but the newest ticket's last staff reply
    readUpto.run(i === LARGE_TICKETS - 1 ? seq - 1 : seq, id);
  }
}

function seedPeople(db: Db, customerId: number, now: number): void {
  const contact = db.prepare(
    `INSERT INTO contacts (customer_id, kind, first_name, last_name, organization, email, phone,
       street, postal_code, city, country, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DE', ?, ?)`,
  );
  for (let i = 0; i < LARGE_CONTACTS; i++) {
    const { first, last } = person(i);
    const place = CITIES[i % CITIES.length] ?? CITIES[0]!;
    const org = i % 4 === 0;
    contact.run(
      customerId,
      org ? 'organization' : 'person',
      first,
      last,
      org ? `${last} Agentur ${i + 1} GmbH` : null,
      `kontakt-${i + 1}@grossmann.example`,
      `+4940${String(1_000_000 + i)}`,
      place.street,
      place.postalCode,
      place.city,
      now,
      now,
    );
  }
  // colleagues without a login ('!'); the trigger gives each the membership, then the rights
  const user = db.prepare(
    `INSERT INTO users (customer_id, email, password_hash, name, created_at)
     VALUES (?, ?, '!', ?, ?)`,
  );
  const rights = db.prepare(
    'UPDATE memberships SET rights = ? WHERE user_id = ? AND customer_id = ?',
  );
  for (let i = 0; i < LARGE_COLLEAGUES; i++) {
    const { first, last } = person(i + 3);
    const info = user.run(customerId, `team-${i + 1}@grossmann.example`, `${first} ${last}`, now);
    const set = RIGHT_SETS[i % RIGHT_SETS.length] ?? [];
    rights.run(serializeRights(set), Number(info.lastInsertRowid), customerId);
  }
}

/** Adds contracts, tickets, contacts and colleagues to the large account once. */
export function seedLargeRest(db: Db, opts: { now?: number } = {}): SeedLargeRestResult {
  const now = opts.now ?? Date.now();
  const owner = findUserByEmail(db, LARGE_EMAIL);
  if (!owner) throw new Error(`${LARGE_EMAIL} does not exist yet`);
  const customerId = owner.customer_id;
  return db
    .transaction((): SeedLargeRestResult => {
      if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(KEY)) {
        return counts(db, customerId, false);
      }
      const today = berlinDate(now);
      seedContracts(db, customerId, today, now);
      seedTickets(db, customerId, { id: owner.id, name: 'Lars Großmann' }, now);
      seedPeople(db, customerId, now);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(KEY, String(now));
      return counts(db, customerId, true);
    })
    .immediate();
}
