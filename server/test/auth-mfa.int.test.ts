import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectProblem,
  login,
  MFA_EMAIL,
  startTestServer,
  type Schemas,
  type TestServer,
  anyString,
} from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

async function mfaToken(): Promise<string> {
  const res = await login(s, MFA_EMAIL, DEMO_PASSWORD);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({
    status: 'mfaRequired',
    mfaToken: anyString(/^kcm_/),
    expiresIn: 300,
  });
  return res.body.mfaToken ?? '';
}

async function currentCode(): Promise<string> {
  const res = await s.call<Schemas['SandboxTotp']>(
    'GET',
    `/v1/sandbox/totp?email=${encodeURIComponent(MFA_EMAIL)}`,
  );
  expect(res.status).toBe(200);
  expect(res.body.secret).toMatch(/^[A-Z2-7]{32}$/);
  return res.body.code;
}

const wrongCode = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

describe('two-factor sign-in (TOTP)', () => {
  it('refuses a wrong code, accepts the right one, then never the same code again', async () => {
    const token = await mfaToken();
    const code = await currentCode();
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: token, code: wrongCode(code) }),
      401,
      'mfa_invalid_code',
    );
    // a wrong code does not use up the mfaToken
    const ok = await s.call<Schemas['LoginOk']>('POST', '/v1/auth/mfa', { mfaToken: token, code });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      status: 'ok',
      accessToken: anyString(/^kca_/),
      refreshToken: anyString(/^kcr_/),
      expiresIn: 900,
    });
    const account = await s.call<Schemas['Account']>('GET', '/v1/account', undefined, {
      authorization: `Bearer ${ok.body.accessToken}`,
    });
    expect(account.body.customerNumber).toBe('K-100235');

    // the mfaToken is single use
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: token, code }),
      401,
      'mfa_token_invalid',
    );
    // the same code with a fresh sign-in: replay refused
    const replay = await s.call('POST', '/v1/auth/mfa', { mfaToken: await mfaToken(), code });
    expectProblem(replay, 401, 'mfa_code_reused');

    // the next time step brings a new code that works
    s.clock.advance(30);
    const next = await s.call('POST', '/v1/auth/mfa', {
      mfaToken: await mfaToken(),
      code: await currentCode(),
    });
    expect(next.status).toBe(200);
  });

  it('expires the mfaToken after 5 minutes', async () => {
    s.clock.advance(30);
    const token = await mfaToken();
    s.clock.advance(301);
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: token, code: await currentCode() }),
      401,
      'mfa_token_invalid',
    );
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: 'kcm_unknown', code: '123456' }),
      401,
      'mfa_token_invalid',
    );
  });

  it('validates the code format', async () => {
    const res = await s.call('POST', '/v1/auth/mfa', { mfaToken: 'x', code: '12345' });
    const resProblem = expectProblem(res, 400, 'validation_failed');
    expect(resProblem.errors).toEqual([{ field: 'code', code: 'pattern' }]);
  });

  it('counts wrong codes towards the lockout', async () => {
    s.clock.advance(30);
    const token = await mfaToken();
    const code = await currentCode();
    for (let i = 0; i < 5; i++) {
      expectProblem(
        await s.call('POST', '/v1/auth/mfa', { mfaToken: token, code: wrongCode(code) }),
        401,
        'mfa_invalid_code',
      );
    }
    const locked = await s.call('POST', '/v1/auth/mfa', { mfaToken: token, code });
    expectProblem(locked, 423, 'account_locked');
    expect(locked.headers.get('retry-after')).toBe('30');
    expectProblem(await login(s, MFA_EMAIL, DEMO_PASSWORD), 423, 'account_locked');
  });
});
