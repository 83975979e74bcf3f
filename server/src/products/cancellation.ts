/**
 * Cancellations. Ordinary ones end the contract on the earliest regular end date or a later
 * term end (the shared rule, src/shared/products/cancellation-date.ts) and are confirmed at
 * once; extraordinary ones are requests for staff review, the contract runs on meanwhile.
 * Either can be revoked until it takes effect (its end date is still in the future). The
 * confirmation e-mail (German) goes into the outbox.
 */
import { checkEmail } from '../../../src/shared/billing-rules';
import {
  addDays,
  earliestEndDate,
  isDay,
  isRegularEndDate,
} from '../../../src/shared/products/cancellation-date';
import type {
  Cancellation,
  CancellationOptions,
  CancellationRequest,
} from '../../../src/shared/products/types';
import { germanDate } from '../billing/dates';
import { newId } from '../billing/invoices';
import { PROVIDER } from '../billing/provider';
import { customerNumberOf } from '../billing/sepa';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { enqueueMail } from '../mail/outbox';
import { ApiError, type FieldError } from '../problem';
import {
  activeCancellation,
  contractRow,
  contractStatus,
  termsOf,
  toCancellation,
  type CancellationRow,
  type ContractRow,
} from './contracts';

const BERLIN_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `12.05.2026, 14:03 Uhr` in Europe/Berlin: when a cancellation was sent. */
export function berlinDateTime(ms: number): string {
  const parts = Object.fromEntries(
    BERLIN_TIME.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}

export const KIND_LABELS = {
  ordinary: 'ordentliche Kündigung',
  extraordinary: 'außerordentliche Kündigung',
} as const;

/** The signed-in person as the form's prefill: their name and e-mail. */
function userPrefill(db: Db, userId: number): { name: string; email: string } {
  const row = db
    .prepare(
      `SELECT COALESCE(u.name, c.first_name || ' ' || c.last_name) AS name, u.email
       FROM users u JOIN customers c ON c.id = u.customer_id WHERE u.id = ?`,
    )
    .get(userId) as { name: string; email: string } | undefined;
  return row ?? { name: '', email: '' };
}

export function cancellationOptions(
  db: Db,
  auth: { customerId: number; userId: number },
  contractId: string,
  today: string,
): CancellationOptions {
  const row = contractRow(db, auth.customerId, contractId);
  const terms = termsOf(row);
  const active = activeCancellation(db, row.id);
  const earliest = earliestEndDate(terms, today);
  const prefill = userPrefill(db, auth.userId);
  return {
    contractId: row.id,
    cancellable: contractStatus(row.end_date, today) === 'active' && active === null,
    earliestEndDate: earliest.endDate,
    noticeDeadline: earliest.noticeDeadline,
    requestedBy: prefill.name,
    confirmationEmail: prefill.email,
    terms,
    cancellation: active ? toCancellation(active) : null,
  };
}

/** Every field problem at once, so the form can show them together. */
export function checkRequest(
  row: ContractRow,
  body: CancellationRequest,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (body.requestedBy.trim() === '') {
    errors.push({ field: 'requestedBy', code: 'requested_by_required' });
  }
  if (checkEmail(body.confirmationEmail)) {
    errors.push({ field: 'confirmationEmail', code: 'email_invalid' });
  }
  if (!isDay(body.endDate)) {
    errors.push({ field: 'endDate', code: 'end_date_invalid' });
  } else if (body.kind === 'ordinary') {
    const terms = termsOf(row);
    const earliest = earliestEndDate(terms, today).endDate;
    if (body.endDate < earliest || !isRegularEndDate(terms, body.endDate)) {
      errors.push({ field: 'endDate', code: 'end_date_too_early' });
    }
  } else if (body.endDate <= today) {
    errors.push({ field: 'endDate', code: 'end_date_too_early' });
  }
  if (body.kind === 'extraordinary') {
    if ((body.reason ?? '').trim() === '') {
      errors.push({ field: 'reason', code: 'reason_required' });
    }
    if (body.closingCompany) {
      // closing a company is no special right to terminate: it is an ordinary cancellation
      errors.push({ field: 'closingCompany', code: 'closing_company_ordinary' });
    }
  }
  return errors;
}

function confirmationMail(
  row: ContractRow,
  cancellation: Cancellation,
  customerNumber: string,
  createdAt: number,
): { subject: string; text: string } {
  const ordinary = cancellation.kind === 'ordinary';
  const subject = ordinary
    ? `Kündigungsbestätigung für Ihren Vertrag ${row.contract_number} (${row.product_name})`
    : `Ihr Antrag auf außerordentliche Kündigung – Vertrag ${row.contract_number}`;
  const lines = [
    `Guten Tag ${cancellation.requestedBy},`,
    '',
    ordinary
      ? 'hiermit bestätigen wir Ihre ordentliche Kündigung:'
      : 'wir haben Ihren Antrag auf außerordentliche Kündigung erhalten:',
    '',
    `Vertrag: ${row.contract_number}`,
    `Produkt: ${row.product_name}`,
    `Kundennummer: ${customerNumber}`,
    `Art: ${KIND_LABELS[cancellation.kind]}`,
    ordinary
      ? `Vertragsende: ${germanDate(cancellation.endDate)}`
      : `Gewünschtes Vertragsende: ${germanDate(cancellation.endDate)}`,
  ];
  if (cancellation.reason) lines.push(`Begründung: ${cancellation.reason}`);
  lines.push(
    `Gesendet am: ${berlinDateTime(createdAt)}`,
    `Gekündigt von: ${cancellation.requestedBy}`,
    '',
  );
  if (ordinary) {
    if (cancellation.closingCompany) {
      lines.push(
        'Sie haben angegeben, dass Sie Ihre Firma schließen. Eine Geschäftsaufgabe ist kein',
        'Sonderkündigungsrecht: Ihr Vertrag endet als ordentliche Kündigung zu einem regulären',
        'Termin, frühestens zum nächstmöglichen.',
        '',
      );
    }
    lines.push(
      `Bis einschließlich ${germanDate(addDays(cancellation.endDate, -1))} können Sie die`,
      'Kündigung im Kundencenter unter „Produkte & Dienste“ widerrufen.',
    );
  } else {
    lines.push(
      'Unser Team prüft Ihren Antrag und meldet sich bei Ihnen. Bis zur Entscheidung läuft',
      'der Vertrag unverändert weiter.',
    );
  }
  lines.push(
    '',
    'Die Bestätigung können Sie im Kundencenter als PDF speichern.',
    '',
    'Mit freundlichen Grüßen',
    PROVIDER.name,
  );
  return { subject, text: lines.join('\n') };
}

export function createCancellation(
  db: Db,
  auth: { customerId: number; userId: number },
  contractId: string,
  body: CancellationRequest,
  today: string,
  now: number,
): Cancellation {
  return db
    .transaction(() => {
      const row = contractRow(db, auth.customerId, contractId);
      if (contractStatus(row.end_date, today) === 'ended') {
        throw new ApiError(409, 'contract_ended', { detail: 'This contract has already ended.' });
      }
      if (row.end_date !== null || activeCancellation(db, row.id)) {
        throw new ApiError(409, 'already_cancelled', {
          detail: 'This contract has already been cancelled.',
        });
      }
      const errors = checkRequest(row, body, today);
      if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });

      const ordinary = body.kind === 'ordinary';
      const id = newId('kd');
      const reason = ordinary ? null : (body.reason ?? '').trim();
      db.prepare(
        `INSERT INTO cancellations (id, contract_id, user_id, kind, status, end_date, reason,
           closing_company, requested_by, confirmation_email, created_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      ).run(
        id,
        row.id,
        auth.userId,
        body.kind,
        ordinary ? 'confirmed' : 'requested',
        body.endDate,
        reason,
        body.closingCompany ? 1 : 0,
        body.requestedBy.trim(),
        body.confirmationEmail.trim(),
        now,
      );
      if (ordinary) {
        db.prepare('UPDATE contracts SET end_date = ?, updated_at = ? WHERE id = ?').run(
          body.endDate,
          now,
          row.id,
        );
      }
      const cancellation = toCancellation(
        db.prepare('SELECT * FROM cancellations WHERE id = ?').get(id) as CancellationRow,
      );
      enqueueMail(
        db,
        {
          to: cancellation.confirmationEmail,
          ...confirmationMail(row, cancellation, customerNumberOf(db, auth.customerId), now),
        },
        now,
      );
      recordChange(db, auth.customerId, 'contracts', row.id, 'upsert', now);
      return cancellation;
    })
    .immediate();
}

/** Withdraws the cancellation in force while its end date is still to come. */
export function revokeCancellation(
  db: Db,
  customerId: number,
  contractId: string,
  today: string,
  now: number,
): void {
  db.transaction(() => {
    const row = contractRow(db, customerId, contractId);
    const active = activeCancellation(db, row.id);
    if (!active || active.end_date <= today) {
      throw new ApiError(409, 'cancellation_not_revocable', {
        detail: active
          ? 'The cancellation has taken effect.'
          : 'There is no cancellation to revoke.',
      });
    }
    db.prepare(`UPDATE cancellations SET status = 'revoked', revoked_at = ? WHERE id = ?`).run(
      now,
      active.id,
    );
    db.prepare('UPDATE contracts SET end_date = NULL, updated_at = ? WHERE id = ?').run(
      now,
      row.id,
    );
    enqueueMail(
      db,
      {
        to: active.confirmation_email,
        subject: `Widerruf Ihrer Kündigung – Vertrag ${row.contract_number}`,
        text: [
          `Guten Tag ${active.requested_by},`,
          '',
          `Sie haben Ihre Kündigung des Vertrags ${row.contract_number} (${row.product_name})`,
          `am ${berlinDateTime(now)} widerrufen. Der Vertrag läuft unverändert weiter.`,
          '',
          'Mit freundlichen Grüßen',
          PROVIDER.name,
        ].join('\n'),
      },
      now,
    );
    recordChange(db, customerId, 'contracts', row.id, 'upsert', now);
  }).immediate();
}
