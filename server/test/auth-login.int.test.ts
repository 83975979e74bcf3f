import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  login,
  MFA_EMAIL,
  startTestServer,
  type TestServer,
  anyString,
} from './helpers';
import { DUMMY_PASSWORD_HASH } from '../src/auth/address-throttle';
import { parsePasswordHash, SCRYPT_PARAMS } from '../src/auth/password';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

describe('POST /v1/auth/login', () => {
  it('signs in with the demo account', async () => {
    const res = await login(s, DEMO_EMAIL, DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      status: 'ok',
      accessToken: anyString(/^kca_[\w-]{43}$/),
      refreshToken: anyString(/^kcr_[\w-]{43}$/),
      expiresIn: 900,
    });
  });

  it('takes the address case-insensitively', async () => {
    const res = await login(s, 'Demo@Kundencenter.EXAMPLE', DEMO_PASSWORD);
    expect(res.status).toBe(200);
  });

  it('answers an unknown address exactly as a wrong password', async () => {
    const unknown = await login(s, 'niemand@kundencenter.example', DEMO_PASSWORD);
    const wrong = await login(s, MFA_EMAIL, 'Falsches-Passwort-1');
    expectProblem(unknown, 401, 'wrong_password');
    expect(unknown.body).toEqual(wrong.body);
    const names = (headers: Headers) => {
      const list: string[] = [];
      headers.forEach((_value, name) => list.push(name));
      return list.sort();
    };
    expect(names(unknown.headers)).toEqual(names(wrong.headers));
    // the failure of the existing account is forgiven by its next success
    expect((await login(s, MFA_EMAIL, DEMO_PASSWORD)).status).toBe(200);
  });

  it('refuses a wrong password', async () => {
    expectProblem(await login(s, DEMO_EMAIL, 'Falsches-Passwort-1'), 401, 'wrong_password');
    // one failure is forgiven by the next success
    expect((await login(s, DEMO_EMAIL, DEMO_PASSWORD)).status).toBe(200);
  });

  it('answers validation_failed with per-field errors', async () => {
    const res = await s.call('POST', '/v1/auth/login', { email: 'not-an-address' });
    const resProblem = expectProblem(res, 400, 'validation_failed');
    expect(resProblem.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'format' },
        { field: 'password', code: 'required' },
      ]),
    );
  });

  it('answers invalid JSON and wrong content types as problems', async () => {
    const bad = await fetch(`${s.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await bad.json()).toMatchObject({ code: 'invalid_json' });
    const text = await fetch(`${s.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<login/>',
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ code: 'unsupported_media_type', status: 415 });
  });
});

describe('lockout', () => {
  it('locks after 5 failures, even for the right password, and doubles the wait', async () => {
    for (let i = 0; i < 5; i++) {
      expectProblem(await login(s, DEMO_EMAIL, `Falsch-${i}-Passwort`), 401, 'wrong_password');
    }
    const locked = await login(s, DEMO_EMAIL, DEMO_PASSWORD);
    const lockedProblem = expectProblem(locked, 423, 'account_locked');
    expect(locked.headers.get('retry-after')).toBe('30');
    expect(lockedProblem.retryAfter).toBe(30);
    // per account: another account is not affected
    const other = await login(s, MFA_EMAIL, DEMO_PASSWORD);
    expect(other.status).toBe(200);
    expect(other.body.status).toBe('mfaRequired');

    s.clock.advance(10);
    const later = await login(s, DEMO_EMAIL, DEMO_PASSWORD);
    const laterProblem = expectProblem(later, 423, 'account_locked');
    expect(laterProblem.retryAfter).toBe(20);

    // the lock ran out: the next failure locks again, twice as long
    s.clock.advance(21);
    expectProblem(await login(s, DEMO_EMAIL, 'Noch-falsch-1'), 401, 'wrong_password');
    const second = await login(s, DEMO_EMAIL, DEMO_PASSWORD);
    expectProblem(second, 423, 'account_locked');
    expect(second.headers.get('retry-after')).toBe('60');

    s.clock.advance(61);
    expectProblem(await login(s, DEMO_EMAIL, 'Noch-falsch-2'), 401, 'wrong_password');
    expect((await login(s, DEMO_EMAIL, 'x')).headers.get('retry-after')).toBe('120');

    // a success after the lock resets the counter: one failure no longer locks
    s.clock.advance(121);
    expect((await login(s, DEMO_EMAIL, DEMO_PASSWORD)).status).toBe(200);
    expectProblem(await login(s, DEMO_EMAIL, 'Wieder-falsch-1'), 401, 'wrong_password');
    expect((await login(s, DEMO_EMAIL, DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('lockout of an address without an account', () => {
  it('locks it after the same 5 failures, with the same answer and wait as an account', async () => {
    const nobody = 'niemand-2@kundencenter.example';
    for (let i = 0; i < 5; i++) {
      expectProblem(await login(s, nobody, `Falsch-${i}-Passwort`), 401, 'wrong_password');
    }
    const locked = await login(s, nobody, DEMO_PASSWORD);
    const problem = expectProblem(locked, 423, 'account_locked');
    expect(locked.headers.get('retry-after')).toBe('30');
    expect(problem.retryAfter).toBe(30);
    // counted per address, whatever its spelling: another address is not affected
    expectProblem(await login(s, 'NIEMAND-2@Kundencenter.example', 'x'), 423, 'account_locked');
    expectProblem(await login(s, 'niemand-3@kundencenter.example', 'x'), 401, 'wrong_password');
    // the lock runs out and doubles on the next failure, as for an account
    s.clock.advance(31);
    expectProblem(await login(s, nobody, 'Noch-falsch-1'), 401, 'wrong_password');
    expect((await login(s, nobody, 'x')).headers.get('retry-after')).toBe('60');
    s.clock.advance(61);
  });

  it('uses a dummy hash with the parameters real hashes have', () => {
    const parsed = parsePasswordHash(DUMMY_PASSWORD_HASH);
    expect(parsed).toMatchObject(SCRYPT_PARAMS);
  });
});

describe('basics', () => {
  it('GET /v1/health needs no token', async () => {
    const res = await s.call('GET', '/v1/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('unknown routes are 404 not_found problems', async () => {
    expectProblem(await s.call('GET', '/v1/nothing-here'), 404, 'not_found');
    expectProblem(await s.call('DELETE', '/v1/health'), 404, 'not_found');
  });
});
