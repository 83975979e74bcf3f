import { afterEach, describe, expect, it } from 'vitest';
import { AppError, call, subscribe } from './ipc';
import { fail, installFakeKc, ok, removeFakeKc } from './test-support/fake-kc';

afterEach(removeFakeKc);

describe('call', () => {
  it('resolves with the data of an ok result and passes the input through', async () => {
    const kc = installFakeKc({
      'session:login': () => ok({ status: 'mfaRequired', email: 'a@b.de' }),
    });
    await expect(call('session:login', { email: 'a@b.de', password: 'x' })).resolves.toEqual({
      status: 'mfaRequired',
      email: 'a@b.de',
    });
    expect(kc.callsTo('session:login')).toEqual([{ email: 'a@b.de', password: 'x' }]);
  });

  it('calls input-less channels with undefined', async () => {
    const kc = installFakeKc({ 'account:get': () => ok(null) });
    await expect(call('account:get')).resolves.toBeNull();
    expect(kc.callsTo('account:get')).toEqual([undefined]);
  });

  it('throws an AppError carrying code, messageKey, retryAfter and fields', async () => {
    installFakeKc({
      'session:login': () =>
        fail('errors.account_locked', {
          retryAfter: 90,
          fields: { email: 'errors.field.required' },
        }),
    });
    const error = await call('session:login', { email: 'a@b.de', password: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('account_locked');
    expect(appError.messageKey).toBe('errors.account_locked');
    expect(appError.retryAfter).toBe(90);
    expect(appError.fields).toEqual({ email: 'errors.field.required' });
    expect(typeof appError.receivedAt).toBe('number');
  });

  it('turns a failing bridge into errors.unknown', async () => {
    const kc = installFakeKc();
    kc.bridge.invoke = () => Promise.reject(new Error('socket closed'));
    const error = (await call('sync:status').catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.messageKey).toBe('errors.unknown');
  });

  it('rejects with an AppError when there is no bridge at all', async () => {
    removeFakeKc();
    await expect(call('app:info')).rejects.toBeInstanceOf(AppError);
  });
});

describe('subscribe', () => {
  it('delivers events until unsubscribed', () => {
    const kc = installFakeKc();
    const seen: string[] = [];
    const off = subscribe('data:changed', ({ resource }) => seen.push(resource));
    kc.emit('data:changed', { resource: 'account' });
    off();
    kc.emit('data:changed', { resource: 'invoices' });
    expect(seen).toEqual(['account']);
  });
});
