import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  login,
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

type Tokens = Schemas['Tokens'];

async function signIn(): Promise<Tokens> {
  const res = await login(s, DEMO_EMAIL, DEMO_PASSWORD);
  expect(res.status).toBe(200);
  const { accessToken = '', refreshToken = '', expiresIn = 0 } = res.body;
  return { accessToken, refreshToken, expiresIn };
}

const refresh = (refreshToken: string) =>
  s.call<Tokens>('POST', '/v1/auth/refresh', { refreshToken });
const account = (accessToken: string) =>
  s.call('GET', '/v1/account', undefined, bearer(accessToken));

describe('refresh token rotation', () => {
  it('rotates, and a reused token revokes the whole session', async () => {
    const first = await signIn();
    const rotated = await refresh(first.refreshToken);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual({
      accessToken: anyString(/^kca_/),
      refreshToken: anyString(/^kcr_/),
      expiresIn: 900,
    });
    const second = rotated.body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await account(second.accessToken)).status).toBe(200);
    // the old access token stays valid until it expires (the session lives)
    expect((await account(first.accessToken)).status).toBe(200);

    // someone presents the used token again: the family is revoked
    expectProblem(await refresh(first.refreshToken), 401, 'refresh_token_reused');
    expectProblem(await refresh(second.refreshToken), 401, 'refresh_token_invalid');
    expectProblem(await account(second.accessToken), 401, 'session_revoked');
    expectProblem(await account(first.accessToken), 401, 'session_revoked');
    expectProblem(await refresh(first.refreshToken), 401, 'refresh_token_invalid');

    // other sessions are untouched
    const other = await signIn();
    expect((await account(other.accessToken)).status).toBe(200);
  });

  it('forgives a lost rotation answer: the old token again, soon, with the new pair unused', async () => {
    const first = await signIn();
    const lost = (await refresh(first.refreshToken)).body; // the answer never reaches the client
    const retry = await refresh(first.refreshToken);
    expect(retry.status).toBe(200);
    expect((await account(retry.body.accessToken)).status).toBe(200);
    // the pair the client never saw is retired: presenting it now is reuse, and ends it all
    expectProblem(await account(lost.accessToken), 401, 'token_expired');
    expectProblem(await refresh(lost.refreshToken), 401, 'refresh_token_reused');
    expectProblem(await account(retry.body.accessToken), 401, 'session_revoked');
  });

  it('treats the old token as stolen once the new pair was used, or after the overlap', async () => {
    const a = await signIn();
    const a2 = (await refresh(a.refreshToken)).body;
    expect((await account(a2.accessToken)).status).toBe(200); // the client got its pair
    expectProblem(await refresh(a.refreshToken), 401, 'refresh_token_reused');

    const b = await signIn();
    const b2 = (await refresh(b.refreshToken)).body;
    s.clock.advance(31);
    expectProblem(await refresh(b.refreshToken), 401, 'refresh_token_reused');
    expectProblem(await refresh(b2.refreshToken), 401, 'refresh_token_invalid');
  });

  it('refuses unknown and expired refresh tokens', async () => {
    expectProblem(await refresh('kcr_nonsense'), 401, 'refresh_token_invalid');
    const t = await signIn();
    s.clock.advance(31 * 24 * 3600);
    expectProblem(await refresh(t.refreshToken), 401, 'refresh_token_invalid');
  });
});

describe('bearer authentication', () => {
  it('answers unauthorized, token_expired and session_revoked', async () => {
    const res = await s.call('GET', '/v1/account');
    expectProblem(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expectProblem(await account('kca_made-up'), 401, 'unauthorized');
    expectProblem(
      await s.call('GET', '/v1/account', undefined, { authorization: 'Basic abc' }),
      401,
      'unauthorized',
    );

    const t = await signIn();
    s.clock.advance(15 * 60 - 1);
    expect((await account(t.accessToken)).status).toBe(200);
    s.clock.advance(1);
    const expired = await account(t.accessToken);
    expectProblem(expired, 401, 'token_expired');
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token');
    // the refresh token still works and gives a working access token
    const fresh = await refresh(t.refreshToken);
    expect((await account(fresh.body.accessToken)).status).toBe(200);
  });
});

describe('POST /v1/auth/logout', () => {
  it('revokes the session; repeating it is harmless', async () => {
    const t = await signIn();
    const res = await s.call('POST', '/v1/auth/logout', { refreshToken: t.refreshToken });
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expectProblem(await account(t.accessToken), 401, 'session_revoked');
    expectProblem(await refresh(t.refreshToken), 401, 'refresh_token_invalid');
    expect((await s.call('POST', '/v1/auth/logout', { refreshToken: t.refreshToken })).status).toBe(
      204,
    );
    expect((await s.call('POST', '/v1/auth/logout', { refreshToken: 'kcr_unknown' })).status).toBe(
      204,
    );
  });
});

describe('POST /v1/auth/reauth', () => {
  it('needs a bearer token', async () => {
    expectProblem(
      await s.call('POST', '/v1/auth/reauth', { password: DEMO_PASSWORD }),
      401,
      'unauthorized',
    );
  });

  it('refuses a wrong password and grants 5 minutes for the right one', async () => {
    const t = await signIn();
    expectProblem(
      await s.call(
        'POST',
        '/v1/auth/reauth',
        { password: 'Falsch-Passwort-9' },
        bearer(t.accessToken),
      ),
      401,
      'wrong_password',
    );
    const ok = await s.call(
      'POST',
      '/v1/auth/reauth',
      { password: DEMO_PASSWORD },
      bearer(t.accessToken),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ stepUpUntil: new Date(s.clock.t + 5 * 60_000).toISOString() });
  });
});
