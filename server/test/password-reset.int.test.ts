import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  login,
  MFA_EMAIL,
  startTestServer,
  type Schemas,
  type TestServer,
} from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

const NEW_PASSWORD = 'Neues-Passwort-2027';

const forgot = (email: string) => s.call('POST', '/v1/auth/password/forgot', { email });
const reset = (token: string, password: string) =>
  s.call('POST', '/v1/auth/password/reset', { token, password });

async function outbox(to?: string) {
  const query = to ? `?to=${encodeURIComponent(to)}` : '';
  const res = await s.call<Schemas['SandboxMail'][]>('GET', `/v1/sandbox/outbox${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

function tokenFrom(text: string): string {
  const match = /kundencenter:\/\/reset-password\?token=([\w-]+)/.exec(text);
  expect(match).not.toBeNull();
  return match?.[1] ?? '';
}

describe('password forgotten', () => {
  it('answers 202 {} for known and unknown addresses, and mails only the known one', async () => {
    const unknown = await forgot('niemand@kundencenter.example');
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual({});
    expect(await outbox()).toEqual([]);

    const known = await forgot(DEMO_EMAIL);
    expect(known.status).toBe(202);
    expect(known.body).toEqual({});
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toBe(DEMO_EMAIL);
    expect(mail?.subject).toContain('Passwort');
    expect(mail?.text).toContain('Hallo Erika Mustermann');
    expect(tokenFrom(mail?.text ?? '')).toMatch(/^[\w-]{43,}$/);
    expect(await outbox(MFA_EMAIL)).toEqual([]);
    expect(await outbox(DEMO_EMAIL.toUpperCase())).toHaveLength(1);
  });

  it('resets with the mailed token: new password works, old one and old sessions do not', async () => {
    const { accessToken = '', refreshToken = '' } = (await login(s, DEMO_EMAIL, DEMO_PASSWORD))
      .body;
    const session = { accessToken, refreshToken };
    await forgot(DEMO_EMAIL);
    const [latest] = await outbox(DEMO_EMAIL);
    const token = tokenFrom(latest?.text ?? '');

    // too weak: 422 with the field, and the token is not used up
    const weak = await reset(token, 'kurz');
    const weakProblem = expectProblem(weak, 422, 'weak_password');
    expect(weakProblem.errors).toEqual([{ field: 'password', code: 'weak_password' }]);
    expectProblem(await reset(token, DEMO_EMAIL), 422, 'weak_password');
    expectProblem(await reset(token, 'passwort123'), 422, 'weak_password');

    const ok = await reset(token, NEW_PASSWORD);
    expect(ok.status).toBe(204);

    expectProblem(await login(s, DEMO_EMAIL, DEMO_PASSWORD), 401, 'wrong_password');
    expect((await login(s, DEMO_EMAIL, NEW_PASSWORD)).status).toBe(200);
    expectProblem(
      await s.call('POST', '/v1/auth/refresh', { refreshToken: session.refreshToken }),
      401,
      'refresh_token_invalid',
    );
    expectProblem(
      await s.call('GET', '/v1/account', undefined, bearer(session.accessToken)),
      401,
      'session_revoked',
    );
    // single use
    expectProblem(await reset(token, 'Noch-ein-Passwort-1'), 400, 'reset_token_invalid');
  });

  it('uses up older reset tokens too, and refuses unknown or expired ones', async () => {
    await forgot(DEMO_EMAIL);
    await forgot(DEMO_EMAIL);
    const [newer, older] = await outbox(DEMO_EMAIL);
    expect((await reset(tokenFrom(newer?.text ?? ''), 'Drittes-Passwort-3')).status).toBe(204);
    expectProblem(
      await reset(tokenFrom(older?.text ?? ''), 'Viertes-Passwort-4'),
      400,
      'reset_token_invalid',
    );
    expectProblem(
      await reset('not-a-token-at-all', 'Viertes-Passwort-4'),
      400,
      'reset_token_invalid',
    );

    await forgot(DEMO_EMAIL);
    const [expiring] = await outbox(DEMO_EMAIL);
    s.clock.advance(3601);
    expectProblem(
      await reset(tokenFrom(expiring?.text ?? ''), 'Fuenftes-Passwort-5'),
      400,
      'reset_token_invalid',
    );
  });

  it('clears the lockout', async () => {
    for (let i = 0; i < 5; i++) await login(s, DEMO_EMAIL, `Falsch-${i}-Passwort`);
    expectProblem(await login(s, DEMO_EMAIL, 'Drittes-Passwort-3'), 423, 'account_locked');
    await forgot(DEMO_EMAIL);
    const [mail] = await outbox(DEMO_EMAIL);
    expect((await reset(tokenFrom(mail?.text ?? ''), NEW_PASSWORD)).status).toBe(204);
    expect((await login(s, DEMO_EMAIL, NEW_PASSWORD)).status).toBe(200);
  });
});
