/** The scripted servers' `POST /v1/batch`, answered as the real server does (changes/batch.ts). */
import type { ApiResponse, RequestOptions } from '../api/api-client';
import type { ApiError } from '../api/api-error';

/**
 * `POST /v1/batch` as the server answers it, for the scripted servers: each request answered
 * by `one` as if alone, its refusal as its status and problem.
 */
export async function answerBatch(
  options: RequestOptions,
  one: (request: RequestOptions) => Promise<ApiResponse<unknown>>,
): Promise<ApiResponse<unknown>> {
  const { requests } = options.body as { requests: { path: string; ifNoneMatch?: string }[] };
  const responses = [];
  for (const request of requests) {
    const url = new URL(request.path, 'http://model');
    try {
      const answer = await one({
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ifNoneMatch: request.ifNoneMatch,
      });
      responses.push({ status: answer.status, etag: answer.etag, body: answer.data });
    } catch (error) {
      const { status, code, details } = error as ApiError;
      responses.push({ status, body: { status, code, ...details } });
    }
  }
  return { status: 200, data: { responses }, notModified: false };
}
