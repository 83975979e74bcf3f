import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../problem';
import type { AuthInfo } from './auth-info';
import { requireStepUp } from './bearer';

const base: AuthInfo = {
  userId: 1,
  customerId: 1,
  owner: true,
  rights: [],
  email: 'a@b.c',
  sessionId: 's',
  stepUpUntil: null,
  authenticatedAt: 1_000_000,
};
const req = (auth: Partial<AuthInfo> | null) =>
  ({ auth: auth && { ...base, ...auth } }) as unknown as FastifyRequest;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? `${e.status} ${e.code}` : 'other';
  }
  return undefined;
}

describe('requireStepUp', () => {
  it('passes while the step-up is fresh', () => {
    expect(requireStepUp(req({ stepUpUntil: 1_000_001 })).userId).toBe(1);
  });
  it('answers 403 step_up_required without one or after it ran out', () => {
    expect(codeOf(() => requireStepUp(req({})))).toBe('403 step_up_required');
    expect(codeOf(() => requireStepUp(req({ stepUpUntil: 1_000_000 })))).toBe(
      '403 step_up_required',
    );
  });
  it('answers 401 on a route without authentication', () => {
    expect(codeOf(() => requireStepUp(req(null)))).toBe('401 unauthorized');
  });
});
