/**
 * Account and team: the signed-in person and their customer accounts, registration and
 * verification, further users with rights, contacts. Shapes of the API (server/openapi/
 * team.yaml) and of the IPC channels alike. Times ISO 8601 UTC.
 */
import type { Account, Address, VerificationStatus } from '../domain';

/** The areas a user's rights cover; an owner has all of them. */
export const RIGHTS = [
  'customerData',
  'contacts',
  'contracts',
  'credentials',
  'domains',
  'dns',
  'invoices',
  'paymentMethods',
  'tickets',
  'users',
] as const;
export type Right = (typeof RIGHTS)[number];

export interface Membership {
  customerId: string;
  customerNumber: string;
  /** company or "first last" */
  displayName: string;
  owner: boolean;
}

/** GET /v1/me: who is signed in, for which customer account, with which rights. */
export interface Me {
  userId: string;
  email: string;
  name: string;
  /** the active customer account of this session */
  customer: Membership;
  rights: Right[];
  /** every customer account this user belongs to (switchable) */
  memberships: Membership[];
  verificationStatus: VerificationStatus;
}

/** PATCH /v1/account: the editable part of the customer information. */
export interface AccountPatch {
  kind?: 'person' | 'company';
  firstName?: string;
  lastName?: string;
  company?: string | null;
  phone?: string | null;
  address?: Address;
  vatId?: string | null;
}

/** A save with If-Match: saved, or someone else changed it meanwhile (both versions shown). */
export type AccountSaveResult =
  | { status: 'saved'; account: Account }
  | { status: 'conflict'; mine: AccountPatch; theirs: Account };

export type VerificationStepId = 'emailConfirmed' | 'customerData' | 'document' | 'review';
export type VerificationStepState = 'done' | 'open' | 'waiting' | 'rejected';

export interface VerificationDocument {
  id: string;
  kind: 'identity' | 'company';
  fileName: string;
  uploadedAt: string;
}

export interface Verification {
  status: VerificationStatus;
  steps: { id: VerificationStepId; state: VerificationStepState }[];
  /** the provider's reason when rejected */
  rejectionReason: string | null;
  documents: VerificationDocument[];
  /** rights (areas) that stay unavailable until verified */
  waitingFeatures: Right[];
}

export interface TeamUser {
  id: string;
  email: string;
  name: string;
  owner: boolean;
  rights: Right[];
  /** the signed-in user themself */
  self: boolean;
}

export interface Invitation {
  id: string;
  email: string;
  rights: Right[];
  createdAt: string;
  expiresAt: string;
}

export interface Team {
  users: TeamUser[];
  invitations: Invitation[];
}

/** What an invitation link shows before it is accepted (anonymous). */
export interface InvitationInfo {
  customerName: string;
  email: string;
  /** true: the address has an account already (sign in and accept); false: create one */
  existingAccount: boolean;
  expiresAt: string;
}

export type ContactKind = 'person' | 'organization';

export interface ContactInput {
  kind: ContactKind;
  firstName: string;
  lastName: string;
  organization: string | null;
  email: string;
  /** E.164, e.g. +4930123456 */
  phone: string;
  address: Address;
}

export interface Contact extends ContactInput {
  id: string;
  /** domains that use this contact (owner, admin, tech or zone) */
  usedByDomains: string[];
  updatedAt: string;
}
