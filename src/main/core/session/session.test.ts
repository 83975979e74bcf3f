// Adopting the token pair of another customer account, against a scripted loopback server:
// the vault keeps the new refresh token, and a refresh of the old pair answered late cannot
// bring the old one back.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../ports';
import { createMemorySecretStore } from '../vault/memory-store';
import { SESSION_SECRET, Session } from './session';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** A server whose refresh answers only when the test lets it. */
async function serve(): Promise<{
  url: string;
  answerRefresh: () => void;
  loggedOut: string[];
}> {
  const loggedOut: string[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  server = createServer((req, res) => {
    const send = (body: unknown) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/auth/login') {
      send({ status: 'ok', accessToken: 'a-home', refreshToken: 'r-home', expiresIn: 900 });
    } else if (req.url === '/v1/auth/logout') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        loggedOut.push((JSON.parse(body) as { refreshToken: string }).refreshToken);
        res.writeHead(204);
        res.end();
      });
    } else if (req.url === '/v1/auth/refresh') {
      void held.then(() =>
        send({ accessToken: 'a-home-2', refreshToken: 'r-home-2', expiresIn: 900 }),
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answerRefresh: () => release(),
    loggedOut,
  };
}

const stored = async (secrets: ReturnType<typeof createMemorySecretStore>) =>
  JSON.parse((await secrets.get(SESSION_SECRET))!) as { email: string; refreshToken: string };

describe('Session.adopt', () => {
  it('keeps the adopted pair in the vault, uses it, and ends the old session', async () => {
    const { url, loggedOut } = await serve();
    const secrets = createMemorySecretStore();
    const session = new Session(url, secrets, systemClock, () => Promise.resolve());
    await session.login('erika@example.de', 'pw');
    await session.adopt({ accessToken: 'a-other', refreshToken: 'r-other', expiresIn: 900 });
    expect(session.accessToken()).toBe('a-other');
    expect(await stored(secrets)).toEqual({ email: 'erika@example.de', refreshToken: 'r-other' });
    expect(session.current).toEqual({ status: 'signedIn', email: 'erika@example.de' });
    expect(loggedOut).toEqual(['r-home']);
  });

  it('does not let a late refresh of the old pair overwrite the adopted one', async () => {
    const { url, answerRefresh } = await serve();
    const secrets = createMemorySecretStore();
    const session = new Session(url, secrets, systemClock, () => Promise.resolve());
    await session.login('erika@example.de', 'pw');
    const refreshing = session.refresh();
    // the switch lands while the old pair's refresh is still on its way
    await new Promise((resolve) => setTimeout(resolve, 20));
    await session.adopt({ accessToken: 'a-other', refreshToken: 'r-other', expiresIn: 900 });
    answerRefresh();
    expect(await refreshing).toBe('a-other');
    expect((await stored(secrets)).refreshToken).toBe('r-other');
    expect(session.accessToken()).toBe('a-other');
  });

  it('refuses to adopt while signed out', async () => {
    const { url } = await serve();
    const session = new Session(url, createMemorySecretStore(), systemClock, () =>
      Promise.resolve(),
    );
    await expect(
      session.adopt({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }),
    ).rejects.toMatchObject({ code: 'session_expired' });
  });
});

/** A server whose refresh refuses the token as the sandbox does for an ended session. */
async function serveEnded(reason: string | null): Promise<{ url: string; logins: unknown[] }> {
  const logins: unknown[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/auth/login') {
        logins.push(JSON.parse(body));
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ status: 'ok', accessToken: 'a', refreshToken: 'r', expiresIn: 900 }),
        );
        return;
      }
      res.writeHead(401, { 'Content-Type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          type: 'x',
          title: 'x',
          status: 401,
          code: 'refresh_token_invalid',
          ...(reason ? { reason } : {}),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logins };
}

describe('Session: the end of a session', () => {
  it.each([
    ['ended_elsewhere', 'endedElsewhere'],
    ['password_changed', 'passwordChanged'],
    [null, 'expired'],
  ] as const)(
    'refresh refused with reason %s → signed out (%s), cache wiped first',
    async (reason, expected) => {
      const { url, logins } = await serveEnded(reason);
      const secrets = createMemorySecretStore();
      const ended: string[] = [];
      const session = new Session(
        url,
        secrets,
        systemClock,
        (why) => {
          ended.push(why);
          return Promise.resolve();
        },
        'Kundencenter Desktop · Linux',
      );
      await session.login('erika@example.de', 'pw');
      expect(logins).toEqual([
        { email: 'erika@example.de', password: 'pw', deviceName: 'Kundencenter Desktop · Linux' },
      ]);
      await expect(session.refresh()).rejects.toMatchObject({ code: 'session_expired' });
      expect(ended).toEqual([expected]);
      expect(session.current).toEqual({ status: 'signedOut', reason: expected });
      expect(await secrets.get(SESSION_SECRET)).toBeNull();
    },
  );
});
