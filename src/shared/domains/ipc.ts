/** The IPC channels of "Domains", merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { Cached } from '../domain';
import type { DomainsChannel } from './ipc-names';
import {
  DNS_RECORD_TYPES,
  DOMAIN_CONTACT_ROLES,
  NAMESERVERS_MAX,
  ZONE_RECORDS_MAX,
  type AuthCode,
  type DnsIssue,
  type DnsZone,
  type DomainDetail,
  type DomainSummary,
} from './types';

const returns = <T>() => null as unknown as T;
/** a domain name as the list names it (the rules check it properly on the server) */
const domainName = z.string().trim().toLowerCase().min(3).max(253);
const contactId = z.string().trim().min(1).max(64);
const etag = z.string().min(1).max(200);

/**
 * A record as the editor sends it. Only the shape is checked here: the DNS rules themselves
 * answer in the editor while typing and on the server, with the field they concern.
 */
const dnsRecordInput = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(300),
    type: z.enum(DNS_RECORD_TYPES),
    ttl: z.number().int(),
    value: z.string().max(8000),
    priority: z.number().int().optional(),
    weight: z.number().int().optional(),
    port: z.number().int().optional(),
    flags: z.number().int().optional(),
    tag: z.string().max(64).optional(),
  })
  .strict();

/** The answer to a write of a domain: saved, or someone changed it meanwhile. */
export type DomainWriteResult =
  { status: 'saved'; domain: DomainDetail } | { status: 'conflict'; theirs: DomainDetail };

/**
 * The answer to saving a zone: saved; or the zone changed since `baseEtag` (412) and
 * `theirs` is the zone now, to re-apply the edits on; or the server found records that break
 * a rule (422), nothing saved.
 */
export type DnsSaveResult =
  | { status: 'saved'; zone: DnsZone }
  | { status: 'conflict'; theirs: DnsZone }
  | { status: 'invalid'; issues: DnsIssue[] };

export const domainsIpc = {
  'domains:list': { input: z.undefined(), output: returns<Cached<DomainSummary[]> | null>() },
  'domains:get': {
    input: z.object({ name: domainName }).strict(),
    output: returns<Cached<DomainDetail> | null>(),
  },
  /** auto-renew, transfer lock or nameservers; If-Match with the detail's etag */
  'domains:update': {
    input: z
      .object({
        name: domainName,
        etag,
        autoRenew: z.boolean().optional(),
        transferLock: z.boolean().optional(),
        nameservers: z
          .array(z.string().trim().max(253))
          .max(NAMESERVERS_MAX + 1)
          .optional(),
      })
      .strict(),
    output: returns<DomainWriteResult>(),
  },
  /** the four contacts, each an account contact's id */
  'domains:setContacts': {
    input: z
      .object({
        name: domainName,
        etag,
        contacts: z
          .object(
            Object.fromEntries(DOMAIN_CONTACT_ROLES.map((role) => [role, contactId])) as Record<
              (typeof DOMAIN_CONTACT_ROLES)[number],
              typeof contactId
            >,
          )
          .strict(),
      })
      .strict(),
    output: returns<DomainWriteResult>(),
  },
  /** generates a new auth code (the old one stops working); refused while transfer-locked */
  'domains:authCode': {
    input: z.object({ name: domainName }).strict(),
    output: returns<AuthCode>(),
  },
  'dns:get': {
    input: z.object({ name: domainName }).strict(),
    output: returns<Cached<DnsZone> | null>(),
  },
  /** the whole zone as one change, If-Match with the etag the edit started from */
  'dns:save': {
    input: z
      .object({
        name: domainName,
        baseEtag: etag,
        records: z.array(dnsRecordInput).max(ZONE_RECORDS_MAX + 1),
      })
      .strict(),
    output: returns<DnsSaveResult>(),
  },
  /** the records the editor shows, as a BIND zone file through "Speichern unter" */
  'dns:exportZone': {
    input: z
      .object({ name: domainName, records: z.array(dnsRecordInput).max(ZONE_RECORDS_MAX + 1) })
      .strict(),
    output: returns<{ saved: boolean }>(),
  },
} satisfies Record<DomainsChannel, { input: z.ZodType; output: unknown }>;
