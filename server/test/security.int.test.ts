/**
 * "Sicherheit" against the real sandbox: devices (sessions) with their names, ending them and
 * what the ended app hears, the sign-in history, the password change, two-factor setup with
 * recovery codes, and the mails every sensitive change sends. One registered user each test
 * group; sign-ins are few (scrypt costs ~0.3 s each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/auth/totp';
import {
  bearer,
  expectProblem,
  startTestServer,
  type Body,
  type Schemas,
  type TestServer,
} from './helpers';
import type { Caller } from './billing-helpers';
import { openEvents } from './support-helpers';
import { mailedToken, NEW_PASSWORD } from './team-helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

type LoginAnswer = Partial<Schemas['LoginOk']> & Partial<Schemas['LoginMfaRequired']>;

const signIn = (email: string, password: string, deviceName?: string) =>
  s.call<LoginAnswer>('POST', '/v1/auth/login', {
    email,
    password,
    ...(deviceName ? { deviceName } : {}),
  });

async function newUser(email: string): Promise<void> {
  expect(
    (await s.call('POST', '/v1/auth/register', { email, password: NEW_PASSWORD })).status,
  ).toBe(202);
  const token = await mailedToken(s, email, 'kce_');
  expect((await s.call('POST', '/v1/auth/verify-email', { token })).status).toBe(204);
}

async function device(email: string, name: string, password = NEW_PASSWORD) {
  const res = await signIn(email, password, name);
  expect(res.status, `sign-in on ${name}`).toBe(200);
  return { access: res.body.accessToken ?? '', refresh: res.body.refreshToken ?? '' };
}

const get = <T = Body>(path: string, token: string) =>
  s.call<T>('GET', path, undefined, bearer(token));
const post = <T = Body>(path: string, token: string, body: unknown = {}) =>
  s.call<T>('POST', path, body, bearer(token));
const subjects = async (to: string) =>
  (
    await s.call<Schemas['SandboxMail'][]>('GET', `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`)
  ).body.map((mail) => mail.subject);

describe('signed-in devices', () => {
  const email = 'devices@security.example';
  it('lists the sessions with their device names, ends one and the others', async () => {
    await newUser(email);
    const laptop = await device(email, 'Kundencenter Desktop · Linux');
    const office = await device(email, 'Kundencenter Desktop · Windows');
    const web = await device(email, 'Kundencenter Desktop (Web-Host) · Linux');

    const list = await get<Schemas['SessionList']>('/v1/security/sessions', laptop.access);
    expect(list.status).toBe(200);
    expect(list.headers.get('etag')).toBeTruthy();
    // this one first, the others by their last use (all the same here: the test clock stands)
    expect(list.body.sessions[0]).toMatchObject({
      deviceName: 'Kundencenter Desktop · Linux',
      current: true,
    });
    expect(
      list.body.sessions
        .map((x) => [x.deviceName, x.current])
        .slice(1)
        .sort(),
    ).toEqual([
      ['Kundencenter Desktop (Web-Host) · Linux', false],
      ['Kundencenter Desktop · Windows', false],
    ]);
    const etag = list.headers.get('etag') ?? '';
    const again = await s.call('GET', '/v1/security/sessions', undefined, {
      ...bearer(laptop.access),
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);

    // end the office one from the laptop: its app hears why at its next request
    const officeId = list.body.sessions.find((x) => x.deviceName?.endsWith('Windows'))?.id ?? '';
    expect(
      (
        await s.call(
          'DELETE',
          `/v1/security/sessions/${officeId}`,
          undefined,
          bearer(laptop.access),
        )
      ).status,
    ).toBe(204);
    expectProblem(await get('/v1/security', office.access), 401, 'session_revoked');
    const refused = await s.call('POST', '/v1/auth/refresh', { refreshToken: office.refresh });
    expect(expectProblem(refused, 401, 'refresh_token_invalid')).toMatchObject({
      reason: 'ended_elsewhere',
    });
    // once ended, it is not there to end again
    expectProblem(
      await s.call('DELETE', `/v1/security/sessions/${officeId}`, undefined, bearer(laptop.access)),
      404,
      'not_found',
    );

    // the live stream of an ended session ends at once, so its app notices without a request
    const stream = await openEvents(s, { token: web.access } as Caller);
    await stream.waitFor((e) => e.event === 'ready', 'ready');
    const others = await post<Schemas['SessionsEnded']>(
      '/v1/security/sessions/end-others',
      laptop.access,
    );
    expect(others.body).toEqual({ ended: 1 });
    await stream.waitForEnd();
    expect(stream.ended).toBe(true);
    expectProblem(await get('/v1/security', web.access), 401, 'session_revoked');
    const left = await get<Schemas['SessionList']>('/v1/security/sessions', laptop.access);
    expect(left.body.sessions).toHaveLength(1);
    expect(await subjects(email)).toContain('Anmeldungen beendet');
  });

  it('records the attempts that reached the account, with their device, newest first', async () => {
    const wrong = await signIn(email, 'Falsches-Passwort-9', 'Kundencenter Desktop · macOS');
    expectProblem(wrong, 401, 'wrong_password');
    const laptop = await device(email, 'Kundencenter Desktop · Linux');
    const history = await get<Schemas['SignInHistory']>('/v1/security/sign-ins', laptop.access);
    expect(history.body.attempts.slice(0, 2)).toEqual([
      expect.objectContaining({
        outcome: 'success',
        method: 'password',
        deviceName: 'Kundencenter Desktop · Linux',
      }),
      expect.objectContaining({
        outcome: 'failure',
        method: 'password',
        deviceName: 'Kundencenter Desktop · macOS',
      }),
    ]);
  });
});

describe('password change', () => {
  const email = 'password@security.example';
  it('needs the current password and a strong new one, then ends every other session', async () => {
    await newUser(email);
    const here = await device(email, 'Kundencenter Desktop · Linux');
    const there = await device(email, 'Kundencenter Desktop · Windows');
    const change = (body: Body) => post('/v1/security/password', here.access, body);

    const wrong = expectProblem(
      await change({ currentPassword: 'Falsch-Falsch-1', newPassword: 'Ganz-neues-Passwort-77' }),
      401,
      'wrong_password',
    );
    expect(wrong.errors).toEqual([{ field: 'currentPassword', code: 'wrong_password' }]);
    const weak = expectProblem(
      await change({ currentPassword: NEW_PASSWORD, newPassword: 'Passwort123' }),
      422,
      'weak_password',
    );
    expect(weak.errors).toEqual([{ field: 'newPassword', code: 'weak_password' }]);
    expectProblem(
      await change({ currentPassword: NEW_PASSWORD, newPassword: NEW_PASSWORD }),
      422,
      'password_unchanged',
    );

    const ok = await change({
      currentPassword: NEW_PASSWORD,
      newPassword: 'Ganz-neues-Passwort-77',
    });
    expect(ok).toMatchObject({ status: 200, body: { ended: 1 } });
    expect((await get('/v1/security', here.access)).status).toBe(200);
    expectProblem(await get('/v1/security', there.access), 401, 'session_revoked');
    const refused = await s.call('POST', '/v1/auth/refresh', { refreshToken: there.refresh });
    expect(expectProblem(refused, 401, 'refresh_token_invalid')).toMatchObject({
      reason: 'password_changed',
    });
    expectProblem(await signIn(email, NEW_PASSWORD), 401, 'wrong_password');
    expect((await signIn(email, 'Ganz-neues-Passwort-77')).status).toBe(200);
    expect(await subjects(email)).toContain('Ihr Passwort wurde geändert');
    const state = await get<Schemas['SecurityState']>('/v1/security', here.access);
    expect(state.body.passwordChangedAt).toEqual(expect.any(String));
  });
});

describe('two-factor sign-in', () => {
  const email = 'totp@security.example';
  it('is set up after a step-up, confirmed with a code, and gives 10 single-use recovery codes', async () => {
    await newUser(email);
    const here = await device(email, 'Kundencenter Desktop · Linux');
    expectProblem(await post('/v1/security/totp/setup', here.access), 403, 'step_up_required');
    expect((await post('/v1/auth/reauth', here.access, { password: NEW_PASSWORD })).status).toBe(
      200,
    );
    const setup = await post<Schemas['TotpSetup']>('/v1/security/totp/setup', here.access);
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Kundencenter:totp%40security\.example\?/,
    );

    const wrongCode = String(
      (Number(totpCode(setup.body.secret, s.clock.now())) + 1) % 1e6,
    ).padStart(6, '0');
    const refused = expectProblem(
      await post('/v1/security/totp/confirm', here.access, { code: wrongCode }),
      422,
      'mfa_invalid_code',
    );
    expect(refused.errors).toEqual([{ field: 'code', code: 'mfa_invalid_code' }]);
    const confirmed = await post<Schemas['RecoveryCodes']>(
      '/v1/security/totp/confirm',
      here.access,
      {
        code: totpCode(setup.body.secret, s.clock.now()),
      },
    );
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await get<Schemas['SecurityState']>('/v1/security', here.access)).body).toMatchObject({
      totpEnabled: true,
      recoveryCodesLeft: 10,
    });

    // sign-in now asks for the second step; a recovery code stands in for the code, once
    const first = await signIn(email, NEW_PASSWORD, 'Kundencenter Desktop · Windows');
    expect(first.body.status).toBe('mfaRequired');
    const typed = (codes[0] ?? '').toLowerCase().replace(/-/g, ' ');
    const ok = await s.call<Schemas['LoginOk']>('POST', '/v1/auth/mfa', {
      mfaToken: first.body.mfaToken,
      code: typed,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodesLeft).toBe(9);
    const second = await signIn(email, NEW_PASSWORD);
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: second.body.mfaToken, code: codes[0] }),
      401,
      'mfa_invalid_code',
    );
    const history = await get<Schemas['SignInHistory']>('/v1/security/sign-ins', here.access);
    expect(history.body.attempts[0]).toMatchObject({ outcome: 'failure', method: 'recovery_code' });
    expect(history.body.attempts[1]).toMatchObject({
      outcome: 'success',
      method: 'recovery_code',
      deviceName: 'Kundencenter Desktop · Windows',
    });

    // new codes replace the old ones
    const fresh = await post<Schemas['RecoveryCodes']>('/v1/security/recovery-codes', here.access);
    expect(fresh.status).toBe(200);
    expect(fresh.body.recoveryCodes.some((code) => codes.includes(code))).toBe(false);
    const third = await signIn(email, NEW_PASSWORD);
    expectProblem(
      await s.call('POST', '/v1/auth/mfa', { mfaToken: third.body.mfaToken, code: codes[1] }),
      401,
      'mfa_invalid_code',
    );

    // off: a step-up and a current code
    expectProblem(
      await post('/v1/security/totp/disable', here.access, { code: '123456' }),
      422,
      'mfa_invalid_code',
    );
    s.clock.advance(31);
    const off = await post('/v1/security/totp/disable', here.access, {
      code: totpCode(setup.body.secret, s.clock.now()),
    });
    expect(off.status).toBe(204);
    expect((await get<Schemas['SecurityState']>('/v1/security', here.access)).body).toMatchObject({
      totpEnabled: false,
      recoveryCodesLeft: 0,
    });
    expect((await signIn(email, NEW_PASSWORD)).body.status).toBe('ok');
    expect(await subjects(email)).toEqual(
      expect.arrayContaining([
        'Zwei-Faktor-Anmeldung eingeschaltet',
        'Neue Wiederherstellungscodes erstellt',
        'Zwei-Faktor-Anmeldung ausgeschaltet',
      ]),
    );
  });

  it('needs a step-up to turn it off or to make new codes', async () => {
    s.clock.advance(6 * 60);
    const here = await device(email, 'Kundencenter Desktop · Linux');
    expectProblem(await post('/v1/security/recovery-codes', here.access), 403, 'step_up_required');
    expectProblem(
      await post('/v1/security/totp/disable', here.access, { code: '123456' }),
      403,
      'step_up_required',
    );
  });
});
