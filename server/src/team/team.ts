/**
 * Users of a customer account and invitations. An invitation carries the rights the person
 * gets; its token (hashed, 7 days, single use) goes out by mail. An existing login accepts it
 * signed in (with the invited address), a new person creates the login from it.
 */
import type { Invitation, InvitationInfo, Team, TeamUser } from '../../../src/shared/team/types';
import type { AuthInfo } from '../auth/auth-info';
import { hashPassword } from '../auth/password';
import { assertStrongPassword } from '../auth/registration';
import {
  ApiProblem,
  effectiveRights,
  findMembership,
  forbidden,
  serializeRights,
  type Right,
} from '../auth/rights';
import { newToken, sha256 } from '../auth/tokens';
import { findUserByEmail, normalizeEmail } from '../auth/users';
import { recordChange } from '../changes/changes';
import type { AppContext } from '../context';
import type { Db } from '../db';
import { enqueueMail } from '../mail/outbox';
import { ApiError } from '../problem';
import { displayName } from './me';

export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;
export const INVITATION_PREFIX = 'kci_';
export const INVITATION_LINK_BASE = 'kundencenter://invitation?token=';

interface UserJoin {
  id: number;
  email: string;
  name: string | null;
  owner: number;
  rights: string;
}

interface InvitationRow {
  id: number;
  customer_id: number;
  email: string;
  rights: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

function toTeamUser(row: UserJoin, selfId: number): TeamUser {
  return {
    id: String(row.id),
    email: row.email,
    name: row.name ?? row.email,
    owner: row.owner === 1,
    rights: effectiveRights(row.owner === 1, row.rights),
    self: row.id === selfId,
  };
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: String(row.id),
    email: row.email,
    rights: effectiveRights(false, row.rights),
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
  };
}

function customerKey(db: Db, customerId: number): string {
  const row = db.prepare('SELECT customer_number FROM customers WHERE id = ?').get(customerId) as {
    customer_number: string;
  };
  return row.customer_number;
}

/** Records the changes a team change causes: the list, and `me` (rights, memberships). */
function changed(db: Db, customerId: number, now: number): void {
  const key = customerKey(db, customerId);
  recordChange(db, customerId, 'team', key, 'upsert', now);
  recordChange(db, customerId, 'me', key, 'upsert', now);
}

function userRow(db: Db, customerId: number, userId: number): UserJoin | undefined {
  return db
    .prepare(
      `SELECT u.id, u.email, u.name, m.owner, m.rights
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.customer_id = ? AND m.user_id = ?`,
    )
    .get(customerId, userId) as UserJoin | undefined;
}

export function loadTeam(db: Db, auth: AuthInfo, now: number): Team {
  const users = db
    .prepare(
      `SELECT u.id, u.email, u.name, m.owner, m.rights
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.customer_id = ? ORDER BY m.owner DESC, u.name, u.email`,
    )
    .all(auth.customerId) as UserJoin[];
  const invitations = db
    .prepare(
      `SELECT * FROM invitations WHERE customer_id = ? AND accepted_at IS NULL
         AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at, id`,
    )
    .all(auth.customerId, now) as InvitationRow[];
  return {
    users: users.map((u) => toTeamUser(u, auth.userId)),
    invitations: invitations.map(toInvitation),
  };
}

/** Only an owner may give rights they do not have themselves (403 forbidden with the right). */
function assertMayGrant(auth: AuthInfo, rights: readonly Right[]): void {
  if (auth.owner) return;
  const missing = rights.find((r) => !auth.rights.includes(r));
  if (missing) throw forbidden(missing);
}

function invitationMail(customerName: string, token: string, existing: boolean) {
  const link = INVITATION_LINK_BASE + encodeURIComponent(token);
  return {
    subject: `Einladung in das Kundencenter von ${customerName}`,
    text: [
      'Hallo,',
      '',
      `Sie wurden eingeladen, im Kundencenter von ${customerName} mitzuarbeiten.`,
      existing
        ? 'Melden Sie sich mit Ihrem Konto an und nehmen Sie die Einladung mit diesem Link an:'
        : 'Legen Sie mit diesem Link Ihr Konto an und nehmen Sie die Einladung damit an:',
      '',
      link,
      '',
      'Falls sich der Link nicht öffnen lässt, wählen Sie in Kundencenter Desktop',
      '„Einladung annehmen“ und geben diesen Code ein:',
      '',
      token,
      '',
      'Die Einladung ist 7 Tage gültig und kann nur einmal verwendet werden.',
      '',
      'Ihr Kundencenter-Team',
    ].join('\n'),
  };
}

function customerName(db: Db, customerId: number): string {
  const c = db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as Parameters<
    typeof displayName
  >[0];
  return displayName(c);
}

export function createInvitation(
  ctx: AppContext,
  auth: AuthInfo,
  rawEmail: string,
  rights: Right[],
): Invitation {
  const email = normalizeEmail(rawEmail);
  assertMayGrant(auth, rights);
  const now = ctx.now();
  return ctx.db.transaction(() => {
    const existing = findUserByEmail(ctx.db, email);
    if (existing && findMembership(ctx.db, existing.id, auth.customerId)) {
      throw new ApiError(409, 'already_member', {
        detail: 'This address belongs to a user of this customer account already.',
      });
    }
    // a new invitation replaces a pending one of the same address
    ctx.db
      .prepare(
        `UPDATE invitations SET revoked_at = ? WHERE customer_id = ? AND email = ?
           AND accepted_at IS NULL AND revoked_at IS NULL`,
      )
      .run(now, auth.customerId, email);
    const { token, hash } = newToken(INVITATION_PREFIX);
    const info = ctx.db
      .prepare(
        `INSERT INTO invitations (customer_id, email, rights, token_hash, invited_by, created_at,
           expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        auth.customerId,
        email,
        serializeRights(rights),
        hash,
        auth.userId,
        now,
        now + INVITATION_TTL_SECONDS * 1000,
      );
    const mail = invitationMail(customerName(ctx.db, auth.customerId), token, !!existing);
    enqueueMail(ctx.db, { to: email, ...mail }, now);
    changed(ctx.db, auth.customerId, now);
    const row = ctx.db
      .prepare('SELECT * FROM invitations WHERE id = ?')
      .get(info.lastInsertRowid) as InvitationRow;
    return toInvitation(row);
  })();
}

export function revokeInvitation(ctx: AppContext, auth: AuthInfo, id: string): void {
  const now = ctx.now();
  const info = ctx.db
    .prepare(
      `UPDATE invitations SET revoked_at = ? WHERE id = ? AND customer_id = ?
         AND accepted_at IS NULL AND revoked_at IS NULL`,
    )
    .run(now, Number(id) || -1, auth.customerId);
  if (info.changes === 0) throw new ApiError(404, 'not_found');
  changed(ctx.db, auth.customerId, now);
}

/** A pending invitation by its token, or 400 invitation_invalid. */
function liveInvitation(db: Db, token: string, now: number): InvitationRow {
  const row = db.prepare('SELECT * FROM invitations WHERE token_hash = ?').get(sha256(token)) as
    InvitationRow | undefined;
  if (!row || row.accepted_at !== null || row.revoked_at !== null || row.expires_at <= now) {
    throw new ApiError(400, 'invitation_invalid', {
      detail: 'The invitation has expired, was used already or was withdrawn.',
    });
  }
  return row;
}

export function inspectInvitation(ctx: AppContext, token: string): InvitationInfo {
  const row = liveInvitation(ctx.db, token, ctx.now());
  return {
    customerName: customerName(ctx.db, row.customer_id),
    email: row.email,
    existingAccount: !!findUserByEmail(ctx.db, row.email),
    expiresAt: iso(row.expires_at),
  };
}

function joinCustomer(db: Db, userId: number, row: InvitationRow, now: number): void {
  db.prepare(
    `INSERT INTO memberships (user_id, customer_id, owner, rights, created_at)
     VALUES (?, ?, 0, ?, ?)
     ON CONFLICT (user_id, customer_id) DO UPDATE SET
       rights = CASE WHEN owner = 1 THEN rights ELSE excluded.rights END`,
  ).run(userId, row.customer_id, row.rights, now);
  db.prepare('UPDATE invitations SET accepted_at = ? WHERE id = ?').run(now, row.id);
  changed(db, row.customer_id, now);
}

/** Signed in with the invited address: joins the inviting customer account. */
export function acceptInvitation(ctx: AppContext, auth: AuthInfo, token: string): void {
  const now = ctx.now();
  ctx.db.transaction(() => {
    const row = liveInvitation(ctx.db, token, now);
    if (normalizeEmail(row.email) !== normalizeEmail(auth.email)) {
      throw new ApiError(403, 'invitation_other_email', {
        detail: 'The invitation is for another e-mail address; sign in with that one.',
      });
    }
    joinCustomer(ctx.db, auth.userId, row, now);
  })();
}

/** Creates the invited person's login (address confirmed by the invitation). */
export async function acceptInvitationNew(
  ctx: AppContext,
  token: string,
  password: string,
): Promise<{ email: string }> {
  const first = liveInvitation(ctx.db, token, ctx.now());
  if (findUserByEmail(ctx.db, first.email)) throw accountExists();
  assertStrongPassword(password, first.email);
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  ctx.db
    .transaction(() => {
      // again: the invitation may have been used or revoked while hashing
      const row = liveInvitation(ctx.db, token, now);
      if (findUserByEmail(ctx.db, row.email)) throw accountExists();
      const user = ctx.db
        .prepare(
          'INSERT INTO users (customer_id, email, password_hash, created_at) VALUES (?, ?, ?, ?)',
        )
        .run(row.customer_id, normalizeEmail(row.email), passwordHash, now);
      const userId = Number(user.lastInsertRowid);
      // the trigger made them owner of their home account; the invitation says otherwise
      ctx.db
        .prepare(
          'UPDATE memberships SET owner = 0, rights = ? WHERE user_id = ? AND customer_id = ?',
        )
        .run(row.rights, userId, row.customer_id);
      joinCustomer(ctx.db, userId, row, now);
    })
    .immediate();
  return { email: normalizeEmail(first.email) };
}

function accountExists(): ApiError {
  return new ApiError(409, 'account_exists', {
    detail: 'This address has a login already: sign in and accept the invitation.',
  });
}

export function updateUserRights(
  ctx: AppContext,
  auth: AuthInfo,
  id: string,
  rights: Right[],
): TeamUser {
  const now = ctx.now();
  return ctx.db.transaction(() => {
    const target = userRow(ctx.db, auth.customerId, Number(id) || -1);
    if (!target) throw new ApiError(404, 'not_found');
    if (target.owner === 1) {
      throw new ApiError(409, 'owner_rights_fixed', {
        detail: 'An owner has every right; the rights of an owner cannot be changed.',
      });
    }
    assertMayGrant(auth, rights);
    ctx.db
      .prepare('UPDATE memberships SET rights = ? WHERE user_id = ? AND customer_id = ?')
      .run(serializeRights(rights), target.id, auth.customerId);
    changed(ctx.db, auth.customerId, now);
    return toTeamUser(userRow(ctx.db, auth.customerId, target.id)!, auth.userId);
  })();
}

export function removeUser(ctx: AppContext, auth: AuthInfo, id: string): void {
  const now = ctx.now();
  ctx.db.transaction(() => {
    const target = userRow(ctx.db, auth.customerId, Number(id) || -1);
    if (!target) throw new ApiError(404, 'not_found');
    if (target.owner === 1) {
      if (!auth.owner) {
        throw new ApiProblem(403, 'owner_required', {}, 'Only an owner can do this', {
          detail: 'Only an owner may remove an owner.',
        });
      }
      const owners = ctx.db
        .prepare('SELECT COUNT(*) AS n FROM memberships WHERE customer_id = ? AND owner = 1')
        .get(auth.customerId) as { n: number };
      if (owners.n <= 1) {
        throw new ApiError(409, 'last_owner', {
          detail: 'The last owner of a customer account cannot be removed.',
        });
      }
    }
    ctx.db
      .prepare('DELETE FROM memberships WHERE user_id = ? AND customer_id = ?')
      .run(target.id, auth.customerId);
    ctx.db
      .prepare(
        `UPDATE sessions SET revoked_at = ?, revoked_reason = 'removed'
         WHERE user_id = ? AND customer_id = ? AND revoked_at IS NULL`,
      )
      .run(now, target.id, auth.customerId);
    // the home account moves to another membership, if there is one
    ctx.db
      .prepare(
        `UPDATE users SET customer_id = COALESCE(
           (SELECT customer_id FROM memberships WHERE user_id = users.id
            ORDER BY created_at LIMIT 1), customer_id)
         WHERE id = ? AND customer_id = ?`,
      )
      .run(target.id, auth.customerId);
    changed(ctx.db, auth.customerId, now);
  })();
}
