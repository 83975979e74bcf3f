/** Handlers of the "Domains" operations (server/openapi/domains.yaml, tag `domains`). */
import { getAuth } from '../auth/bearer';
import { conditional, notModified } from '../conditional';
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import {
  createAuthCode as generate,
  patchDomain,
  setDomainContacts as setContacts,
} from './domain-writes';
import { DEFAULT_DOMAIN_LIMIT, domainListTag, domainPage, loadDomain } from './domains';
import { DEFAULT_ZONE_LIMIT, loadZone, saveZone, zoneListTag, zonePage } from './zones';

export function domainsHandlers(ctx: AppContext) {
  const db = ctx.db;

  const listDomains: Handler<'listDomains'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const query = { ...request.query, limit: request.query.limit ?? DEFAULT_DOMAIN_LIMIT };
    // derived from the customer's version, not from the rows: cheap with 2,000 domains
    if (notModified(request, reply, domainListTag(db, ctx.instanceId, customerId, query))) {
      return reply;
    }
    return domainPage(db, customerId, query);
  };

  const getDomain: Handler<'getDomain'> = (request, reply) => {
    const domain = loadDomain(db, getAuth(request).customerId, request.params.name);
    return conditional(request, reply, domain, domain.etag);
  };

  const updateDomain: Handler<'updateDomain'> = (request, reply) => {
    const domain = patchDomain(
      db,
      getAuth(request).customerId,
      request.params.name,
      request.headers['if-match'],
      request.body,
      ctx.now(),
    );
    reply.header('ETag', domain.etag);
    return domain;
  };

  const setDomainContacts: Handler<'setDomainContacts'> = (request, reply) => {
    const domain = setContacts(
      db,
      getAuth(request).customerId,
      request.params.name,
      request.headers['if-match'],
      request.body,
      ctx.now(),
    );
    reply.header('ETag', domain.etag);
    return domain;
  };

  const createAuthCode: Handler<'createAuthCode'> = (request, reply) => {
    const code = generate(db, getAuth(request), request.params.name, ctx.now());
    // shown once: no cache on the way may keep it
    reply.code(201).header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
    return code;
  };

  const getDnsZone: Handler<'getDnsZone'> = (request, reply) => {
    const zone = loadZone(db, getAuth(request).customerId, request.params.name);
    return conditional(request, reply, zone, zone.etag);
  };

  const putDnsZone: Handler<'putDnsZone'> = (request, reply) => {
    const zone = saveZone(
      db,
      getAuth(request).customerId,
      request.params.name,
      request.headers['if-match'],
      request.body.records,
      ctx.now(),
    );
    reply.header('ETag', zone.etag);
    return zone;
  };

  const listDnsZones: Handler<'listDnsZones'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const query = { ...request.query, limit: request.query.limit ?? DEFAULT_ZONE_LIMIT };
    if (notModified(request, reply, zoneListTag(db, ctx.instanceId, customerId, query))) {
      return reply;
    }
    return zonePage(db, customerId, query);
  };

  return {
    listDomains,
    getDomain,
    updateDomain,
    setDomainContacts,
    createAuthCode,
    getDnsZone,
    putDnsZone,
    listDnsZones,
  };
}
