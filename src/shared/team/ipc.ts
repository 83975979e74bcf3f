/** The IPC channels of account and team, merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { Cached, SessionState } from '../domain';
import type { TeamChannel } from './ipc-names';
import {
  RIGHTS,
  type AccountSaveResult,
  type Contact,
  type Invitation,
  type InvitationInfo,
  type Me,
  type Team,
  type TeamUser,
  type Verification,
} from './types';

const id = z.string().trim().min(1).max(64);
const returns = <T>() => null as unknown as T;
const email = z.string().trim().min(3).max(254).email();
const password = z.string().min(1).max(1024);
const token = z.string().trim().min(16).max(256);
const text = (max: number) => z.string().trim().max(max);
const rights = z.array(z.enum(RIGHTS)).max(RIGHTS.length);
const address = z
  .object({
    street: text(120).min(1),
    postalCode: text(16).min(1),
    city: text(80).min(1),
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict();
const contactInput = z
  .object({
    kind: z.enum(['person', 'organization']),
    firstName: text(80),
    lastName: text(80),
    organization: text(140).nullable(),
    email,
    phone: z.string().regex(/^\+[1-9]\d{1,14}$/),
    address,
  })
  .strict();
/** 10 MB as base64 (4/3) plus slack */
const MAX_DOCUMENT_BASE64 = 14_000_000;

export const teamIpc = {
  'me:get': { input: z.undefined(), output: returns<Cached<Me> | null>() },
  /** switches the session to another customer account of this user; the cache follows */
  'account:switch': { input: z.object({ customerId: id }).strict(), output: returns<Me>() },
  /** saves with If-Match; a conflict answers both versions instead of overwriting */
  'account:update': {
    input: z
      .object({
        kind: z.enum(['person', 'company']).optional(),
        firstName: text(80).min(1).optional(),
        lastName: text(80).min(1).optional(),
        company: text(140).nullable().optional(),
        phone: z
          .string()
          .regex(/^\+[1-9]\d{1,14}$/)
          .nullable()
          .optional(),
        address: address.optional(),
        vatId: text(20).nullable().optional(),
      })
      .strict(),
    output: returns<AccountSaveResult>(),
  },
  /** anonymous: creates the login and sends the confirmation mail */
  'register:create': {
    input: z.object({ email, password }).strict(),
    output: returns<void>(),
  },
  'register:confirmEmail': { input: z.object({ token }).strict(), output: returns<void>() },
  'verification:get': { input: z.undefined(), output: returns<Cached<Verification> | null>() },
  /** a document the renderer read from a file the person picked or dropped */
  'verification:upload': {
    input: z
      .object({
        kind: z.enum(['identity', 'company']),
        fileName: z.string().trim().min(1).max(255),
        mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
        base64: z.base64().min(1).max(MAX_DOCUMENT_BASE64),
      })
      .strict(),
    output: returns<Verification>(),
  },
  'team:get': { input: z.undefined(), output: returns<Cached<Team> | null>() },
  'users:invite': { input: z.object({ email, rights }).strict(), output: returns<Invitation>() },
  'users:setRights': {
    input: z.object({ userId: id, rights }).strict(),
    output: returns<TeamUser>(),
  },
  'users:remove': { input: z.object({ userId: id }).strict(), output: returns<void>() },
  'invitations:revoke': { input: z.object({ id }).strict(), output: returns<void>() },
  /** anonymous: what an invitation link is about */
  'invitations:inspect': { input: z.object({ token }).strict(), output: returns<InvitationInfo>() },
  /** signed in with the invited address: joins that customer account */
  'invitations:accept': { input: z.object({ token }).strict(), output: returns<Me>() },
  /** anonymous: creates the invited person's login, then signs in */
  'invitations:acceptNew': {
    input: z.object({ token, password }).strict(),
    output: returns<SessionState>(),
  },
  'contacts:list': { input: z.undefined(), output: returns<Cached<Contact[]> | null>() },
  'contacts:create': { input: contactInput, output: returns<Contact>() },
  'contacts:update': {
    input: contactInput.extend({ id }).strict(),
    output: returns<Contact>(),
  },
  /** refused with code contact_in_use and params.domains when a domain still uses it */
  'contacts:delete': { input: z.object({ id }).strict(), output: returns<void>() },
} satisfies Record<TeamChannel, { input: z.ZodType; output: unknown }>;
