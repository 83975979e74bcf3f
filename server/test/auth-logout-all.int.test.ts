// "Überall abmelden": one call ends every session of the user, on every device, and leaves
// other users signed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIMITED_EMAIL } from '../src/team/demo-team';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  login,
  startTestServer,
  type Schemas,
  type TestServer,
} from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

type Tokens = Schemas['Tokens'];

async function signIn(email = DEMO_EMAIL): Promise<Tokens> {
  const res = await login(s, email, DEMO_PASSWORD);
  expect(res.status).toBe(200);
  const { accessToken = '', refreshToken = '', expiresIn = 0 } = res.body;
  return { accessToken, refreshToken, expiresIn };
}

const refresh = (refreshToken: string) =>
  s.call<Tokens>('POST', '/v1/auth/refresh', { refreshToken });
const me = (accessToken: string) => s.call('GET', '/v1/me', undefined, bearer(accessToken));
const logoutAll = (accessToken: string) =>
  s.call('POST', '/v1/auth/logout-all', undefined, bearer(accessToken));

describe('POST /v1/auth/logout-all', () => {
  it('ends this and every other session of the user: tokens and refresh refused', async () => {
    const laptop = await signIn();
    const desktop = await signIn();
    // a session that has rotated once still belongs to the user
    const rotated = (await refresh(desktop.refreshToken)).body;
    const colleague = await signIn(DEMO_LIMITED_EMAIL);

    expect((await logoutAll(laptop.accessToken)).status).toBe(204);

    expectProblem(await refresh(rotated.refreshToken), 401, 'refresh_token_invalid');
    expectProblem(await refresh(laptop.refreshToken), 401, 'refresh_token_invalid');
    expectProblem(await me(rotated.accessToken), 401, 'session_revoked');
    expectProblem(await me(laptop.accessToken), 401, 'session_revoked');
    // another user is not touched
    expect((await me(colleague.accessToken)).status).toBe(200);
    expect((await refresh(colleague.refreshToken)).status).toBe(200);
    // signing in again works as before
    const again = await signIn();
    expect((await me(again.accessToken)).status).toBe(200);
  });

  it('needs a bearer token', async () => {
    expectProblem(await s.call('POST', '/v1/auth/logout-all'), 401, 'unauthorized');
  });
});
