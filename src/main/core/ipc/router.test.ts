import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc-names';
import { ApiError } from '../api/api-error';
import { createRouter, type Handlers } from './router';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not expected');
  };
  const all = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [name, vi.fn(fail)]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('IPC router', () => {
  it('refuses an unknown channel without calling any handler', async () => {
    const h = handlers();
    const router = createRouter(h);
    for (const channel of ['fs:read', '__proto__', 'constructor', 'toString', '']) {
      expect(await router.handle(channel, undefined)).toEqual({
        ok: false,
        error: { code: 'unknown_channel', messageKey: 'errors.unknown' },
      });
    }
  });

  it('refuses bad payloads before the handler runs, naming the fields', async () => {
    const login = vi.fn();
    const router = createRouter(handlers({ 'session:login': login }));
    const bad = [
      undefined,
      null,
      'demo@kundencenter.example',
      { email: 'not-an-address', password: 'x' },
      { email: 'demo@kundencenter.example' },
      { email: 'demo@kundencenter.example', password: 'x', admin: true },
      { email: 'demo@kundencenter.example', password: 'x'.repeat(5000) },
    ];
    for (const input of bad) {
      const result = await router.handle('session:login', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(login).not.toHaveBeenCalled();
    const result = await router.handle('session:login', { email: 'nope', password: 'x' });
    expect(!result.ok && result.error.fields).toEqual({ email: 'errors.field.email_invalid' });
    const mfa = await router.handle('session:mfa', { code: '12345' });
    expect(!mfa.ok && mfa.error.fields).toEqual({ code: 'errors.field.code_format' });
    expect((await router.handle('app:info', { sneaky: 1 })).ok).toBe(false);
  });

  it('refuses lone surrogates and deep nesting as input errors, before any handler', async () => {
    const get = vi.fn(() => null);
    const login = vi.fn();
    const router = createRouter(handlers({ 'invoices:get': get, 'session:login': login }));
    const deep = (levels: number): unknown =>
      Array.from({ length: levels }).reduce<unknown>((inner) => ({ inner }), 'x');
    const bad: [string, unknown, string][] = [
      ['invoices:get', { id: 'inv-\ud800' }, 'id'],
      ['invoices:get', { id: '\udfff' }, 'id'],
      ['invoices:get', { id: 'a\udc00b\ud800' }, 'id'],
      ['session:login', { email: 'demo@kundencenter.example', password: 'pw\ud83d' }, 'password'],
      [
        'session:login',
        { email: 'demo@kundencenter.example', password: 'pw', '\ud800': 1 },
        '\ud800',
      ],
      ['invoices:get', deep(100_000), 'inner'],
    ];
    for (const [channel, input, field] of bad) {
      const result = await router.handle(channel, input);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          messageKey: 'errors.invalid_input',
          fields: { [field]: 'errors.field.invalid' },
        },
      });
    }
    expect(get).not.toHaveBeenCalled();
    expect(login).not.toHaveBeenCalled();
    // a pair is a character like any other
    expect(await router.handle('invoices:get', { id: 'inv-\ud83d\ude00' })).toEqual({
      ok: true,
      data: null,
    });
  });

  it('passes valid input through and maps API failures to message keys', async () => {
    const router = createRouter(
      handlers({
        'session:login': ({ email }) => {
          if (email === 'locked@kundencenter.example')
            throw new ApiError(423, 'account_locked', 60);
          if (email === 'gone@kundencenter.example') throw new ApiError(0, 'offline');
          if (email === 'odd@kundencenter.example') throw new ApiError(409, 'something_new');
          return { status: 'signedIn', email };
        },
      }),
    );
    const call = (email: string) => router.handle('session:login', { email, password: 'pw' });
    expect(await call('demo@kundencenter.example')).toEqual({
      ok: true,
      data: { status: 'signedIn', email: 'demo@kundencenter.example' },
    });
    expect(await call('locked@kundencenter.example')).toEqual({
      ok: false,
      error: { code: 'account_locked', messageKey: 'errors.account_locked', retryAfter: 60 },
    });
    expect(await call('gone@kundencenter.example')).toEqual({
      ok: false,
      error: { code: 'offline', messageKey: 'errors.offline' },
    });
    expect(await call('odd@kundencenter.example')).toMatchObject({
      error: { messageKey: 'errors.unknown' },
    });
  });

  it('never leaks an internal error message', async () => {
    const router = createRouter(
      handlers({
        'account:get': () => {
          throw new Error('ENOENT /home/user/secret/path');
        },
      }),
    );
    const result = await router.handle('account:get', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.unknown' },
    });
  });
});
