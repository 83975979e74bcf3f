/**
 * What the provider's staff do with notices (the sandbox endpoints and the CLI): post one,
 * move it to another state. Each write records a `notices` change for every customer the
 * notice touches — the owners of its contracts and domains, or every customer for a general
 * one — so their apps sync it (and the event stream announces it) at once.
 */
import type { NoticeKind, NoticeState } from '../../../src/shared/notices/types';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError, type FieldError } from '../problem';
import { toNotice, type FullNotice, type NoticeRow } from './notices';

const HOUR_MS = 60 * 60 * 1000;

export interface NoticeInput {
  kind?: NoticeKind;
  title: string;
  titleEn?: string;
  body?: string;
  bodyEn?: string;
  contractIds?: string[];
  domains?: string[];
  general?: boolean;
  startsAt?: string;
  endsAt?: string;
}

/** The customers a notice touches. */
function touchedCustomers(db: Db, noticeId: number, general: boolean): number[] {
  const rows = general
    ? db.prepare('SELECT id FROM customers').all()
    : db
        .prepare(
          `SELECT k.customer_id AS id FROM notice_contracts nc
             JOIN contracts k ON k.id = nc.contract_id WHERE nc.notice_id = @n
           UNION
           SELECT d.customer_id AS id FROM notice_domains nd
             JOIN domains d ON d.name = nd.domain_name WHERE nd.notice_id = @n`,
        )
        .all({ n: noticeId });
  return (rows as { id: number }[]).map((r) => r.id);
}

function recordFor(db: Db, row: NoticeRow, now: number): number[] {
  const customers = touchedCustomers(db, row.id, row.general === 1);
  for (const customerId of customers) {
    recordChange(db, customerId, 'notices', String(row.id), 'upsert', now);
  }
  return customers;
}

function parseTime(value: string | undefined, field: string, errors: FieldError[]) {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) errors.push({ field, code: 'invalid' });
  return ms;
}

/** Posts a notice; 422 when a contract or domain is unknown or it names nothing, not general. */
export function postNotice(db: Db, input: NoticeInput, now: number): FullNotice {
  return db
    .transaction(() => {
      const kind = input.kind ?? 'incident';
      const contractIds = [...new Set(input.contractIds ?? [])];
      const domains = [...new Set((input.domains ?? []).map((d) => d.trim().toLowerCase()))];
      const general = input.general === true;
      const errors: FieldError[] = [];
      const contractKnown = db.prepare('SELECT 1 FROM contracts WHERE id = ?');
      const domainKnown = db.prepare('SELECT 1 FROM domains WHERE name = ?');
      if (contractIds.some((id) => !contractKnown.get(id))) {
        errors.push({ field: 'contractIds', code: 'unknown' });
      }
      if (domains.some((name) => !domainKnown.get(name))) {
        errors.push({ field: 'domains', code: 'unknown' });
      }
      if (!general && contractIds.length === 0 && domains.length === 0) {
        errors.push({ field: 'contractIds', code: 'required' });
      }
      const startsAt =
        parseTime(input.startsAt, 'startsAt', errors) ??
        (kind === 'incident' ? now : now + 24 * HOUR_MS);
      const endsAt =
        parseTime(input.endsAt, 'endsAt', errors) ??
        (kind === 'maintenance' ? startsAt + 2 * HOUR_MS : null);
      if (endsAt !== null && endsAt < startsAt) errors.push({ field: 'endsAt', code: 'invalid' });
      if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });

      const state: NoticeState = startsAt > now ? 'planned' : 'active';
      const title = input.title.trim();
      const body = input.body?.trim() ?? '';
      const info = db
        .prepare(
          `INSERT INTO notices (kind, state, title_de, title_en, body_de, body_en, starts_at,
             ends_at, general, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          kind,
          state,
          title,
          input.titleEn?.trim() || title,
          body,
          input.bodyEn?.trim() || body,
          startsAt,
          endsAt,
          general ? 1 : 0,
          now,
          now,
        );
      const id = Number(info.lastInsertRowid);
      const linkContract = db.prepare(
        'INSERT INTO notice_contracts (notice_id, contract_id) VALUES (?, ?)',
      );
      for (const contractId of contractIds) linkContract.run(id, contractId);
      const linkDomain = db.prepare(
        'INSERT INTO notice_domains (notice_id, domain_name) VALUES (?, ?)',
      );
      for (const name of domains) linkDomain.run(id, name);
      const row = db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as NoticeRow;
      const customers = recordFor(db, row, now);
      return toNotice(db, row, customers[0] ?? 0);
    })
    .immediate();
}

/** Moves a notice to a state (resolved: ended now unless it ended before); null if unknown. */
export function setNoticeState(
  db: Db,
  id: string,
  state: NoticeState,
  now: number,
): FullNotice | null {
  return db
    .transaction(() => {
      const found = /^\d{1,15}$/.test(id)
        ? (db.prepare('SELECT * FROM notices WHERE id = ?').get(Number(id)) as
            NoticeRow | undefined)
        : undefined;
      if (!found) return null;
      const endsAt =
        state === 'resolved' && (found.ends_at === null || found.ends_at > now)
          ? now
          : found.ends_at;
      db.prepare('UPDATE notices SET state = ?, ends_at = ?, updated_at = ? WHERE id = ?').run(
        state,
        endsAt,
        now,
        found.id,
      );
      const row = db.prepare('SELECT * FROM notices WHERE id = ?').get(found.id) as NoticeRow;
      const customers = recordFor(db, row, now);
      return toNotice(db, row, customers[0] ?? 0);
    })
    .immediate();
}
