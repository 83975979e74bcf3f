/** Conditional GETs: a strong ETag on the answer, 304 without a body when the client has it. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, ifNoneMatchMatches } from './account/account';

/** Sets the ETag and answers 304 if If-None-Match matches; `true` when it did. */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
  if (!ifNoneMatchMatches(request.headers['if-none-match'], etag)) return false;
  reply.code(304).send();
  return true;
}

/** The body with its ETag (computed from the body unless given), or the 304 reply. */
export function conditional<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: T,
  etag: string = etagOf(body),
): T | FastifyReply {
  return notModified(request, reply, etag) ? reply : body;
}
