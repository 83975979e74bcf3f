/**
 * `POST /v1/batch`: several GETs of this API in one round trip. Each is answered by its own
 * route through Fastify's inject, with the caller's Authorization, so its right, ETag, 304 and
 * problem are exactly what it would get alone; nothing here knows a resource.
 */
import type { FastifyInstance } from 'fastify';
import type { components } from '../../../src/shared/api-types';
import { ApiError } from '../problem';

type BatchRequest = components['schemas']['BatchRequest'];
type BatchAnswer = components['schemas']['BatchResponse']['responses'][number];

/** What a batch may not ask for: the event stream (it never ends) and the batch itself. */
const REFUSED = /^\/v1\/(events|batch)(\/|\?|$)/;

export async function answerBatch(
  app: FastifyInstance,
  authorization: string | undefined,
  { requests }: BatchRequest,
): Promise<{ responses: BatchAnswer[] }> {
  const refused = requests.findIndex(({ path }) => REFUSED.test(path) || path.includes('..'));
  if (refused >= 0) {
    throw new ApiError(400, 'validation_failed', {
      detail: 'The event stream, the batch itself and paths with ".." cannot be read in a batch.',
      errors: [{ field: `requests/${refused}/path`, code: 'not_in_batch' }],
    });
  }
  const responses: BatchAnswer[] = [];
  // one after another: the reads of a pass are small, and the server stays fair to others
  for (const { path, ifNoneMatch } of requests) {
    const headers: Record<string, string> = {};
    if (authorization) headers.authorization = authorization;
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
    const answer = await app.inject({ method: 'GET', url: path, headers });
    const etag = answer.headers.etag;
    responses.push({
      status: answer.statusCode,
      ...(typeof etag === 'string' ? { etag } : {}),
      ...(answer.statusCode === 304 || answer.body === '' ? {} : { body: bodyOf(answer) }),
    });
  }
  return { responses };
}

function bodyOf(answer: { body: string; headers: Record<string, unknown> }): unknown {
  const type = answer.headers['content-type'];
  return typeof type === 'string' && type.includes('json')
    ? (JSON.parse(answer.body) as unknown)
    : answer.body;
}
