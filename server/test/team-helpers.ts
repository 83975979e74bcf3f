/** Team integration helpers: register, confirm, invite and sign in people through the API. */
import { expect } from 'vitest';
import type { Right } from '../../src/shared/team/types';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  login,
  startTestServer,
  type Schemas,
  type TestServer,
} from './helpers';

export const NEW_PASSWORD = 'Neues-Passwort-2026!';

export async function accessToken(s: TestServer, email: string, password = DEMO_PASSWORD) {
  const res = await login(s, email, password);
  expect(res.status, `sign-in of ${email}`).toBe(200);
  return res.body.accessToken ?? '';
}

/** A fresh server and the demo owner's (Erika's) access token: the start of the API tests. */
export async function startWithDemoToken(): Promise<{ s: TestServer; token: string }> {
  const s = await startTestServer();
  return { s, token: await accessToken(s, DEMO_EMAIL) };
}

/** The newest mail to the address, and the token it carries (kc?_…). */
export async function mailedToken(s: TestServer, to: string, prefix: string): Promise<string> {
  const res = await s.call<Schemas['SandboxMail'][]>(
    'GET',
    `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`,
  );
  const text = res.body[0]?.text ?? '';
  const match = new RegExp(`^(${prefix}[\\w-]+)$`, 'm').exec(text);
  expect(match, `a ${prefix} token in the mail to ${to}`).not.toBeNull();
  return match?.[1] ?? '';
}

/** Registers and confirms a new login with its own (empty) customer account; its token. */
export async function registeredOwner(s: TestServer, email: string): Promise<string> {
  const reg = await s.call('POST', '/v1/auth/register', { email, password: NEW_PASSWORD });
  expect(reg.status).toBe(202);
  const token = await mailedToken(s, email, 'kce_');
  expect((await s.call('POST', '/v1/auth/verify-email', { token })).status).toBe(204);
  return accessToken(s, email, NEW_PASSWORD);
}

/** The inviting user invites the address with the rights; the invited one creates a login. */
export async function invitedUser(
  s: TestServer,
  inviterToken: string,
  email: string,
  rights: Right[],
): Promise<string> {
  const inv = await s.call(
    'POST',
    '/v1/users/invitations',
    { email, rights },
    bearer(inviterToken),
  );
  expect(inv.status, `invitation of ${email}`).toBe(201);
  const token = await mailedToken(s, email, 'kci_');
  const created = await s.call('POST', '/v1/invitations/accept-new', {
    token,
    password: NEW_PASSWORD,
  });
  expect(created.status).toBe(201);
  return accessToken(s, email, NEW_PASSWORD);
}
