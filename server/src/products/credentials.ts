/**
 * The logins of a product (control panel, FTP, SSH, database, mailbox). Passwords are
 * generated here with the system's CSPRNG, never typed into code: 20 characters from an
 * alphabet without look-alikes (0/O, 1/l/I), with at least one of each character class.
 */
import { randomInt } from 'node:crypto';
import type { Credential, CredentialKind } from '../../../src/shared/products/types';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError } from '../problem';

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '-_.!?#%+='];
const ALL = CLASSES.join('');
export const PASSWORD_LENGTH = 20;

function pick(chars: string): string {
  return chars[randomInt(chars.length)] as string;
}

/** A strong random password (about 124 bits). */
export function generatePassword(length = PASSWORD_LENGTH): string {
  const chars = CLASSES.map(pick);
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed classes are not always in front
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

interface CredentialRow {
  id: string;
  contract_id: string;
  kind: CredentialKind;
  label: string;
  host: string;
  port: number | null;
  username: string;
  password: string;
  url: string | null;
  updated_at: number;
}

function toCredential(row: CredentialRow): Credential {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    host: row.host,
    port: row.port,
    username: row.username,
    password: row.password,
    url: row.url,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The logins of a contract (the caller has checked that it is the customer's). */
export function listCredentials(db: Db, contractId: string): Credential[] {
  return (
    db
      .prepare('SELECT * FROM contract_credentials WHERE contract_id = ? ORDER BY position')
      .all(contractId) as CredentialRow[]
  ).map(toCredential);
}

/**
 * Gives a login a new generated password and records a `credentials` change (id = the
 * contract id) so clients holding the old one know to refetch.
 */
export function resetCredential(
  db: Db,
  customerId: number,
  contractId: string,
  credentialId: string,
  now: number,
): Credential {
  return db
    .transaction(() => {
      const row = db
        .prepare('SELECT * FROM contract_credentials WHERE id = ? AND contract_id = ?')
        .get(credentialId, contractId) as CredentialRow | undefined;
      if (!row) throw new ApiError(404, 'not_found');
      const password = generatePassword();
      db.prepare('UPDATE contract_credentials SET password = ?, updated_at = ? WHERE id = ?').run(
        password,
        now,
        row.id,
      );
      recordChange(db, customerId, 'credentials', contractId, 'upsert', now);
      return toCredential({ ...row, password, updated_at: now });
    })
    .immediate();
}

export interface CredentialSeed {
  kind: CredentialKind;
  label: string;
  host: string;
  port: number | null;
  username: string;
  url: string | null;
}

/** Inserts a contract's logins, each with a freshly generated password. */
export function insertCredentials(
  db: Db,
  contractId: string,
  seeds: CredentialSeed[],
  now: number,
  idOf: (seed: CredentialSeed, position: number) => string,
): void {
  const insert = db.prepare(
    `INSERT INTO contract_credentials (id, contract_id, position, kind, label, host, port,
       username, password, url, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  seeds.forEach((s, position) => {
    insert.run(
      idOf(s, position),
      contractId,
      position,
      s.kind,
      s.label,
      s.host,
      s.port,
      s.username,
      generatePassword(),
      s.url,
      now,
    );
  });
}
