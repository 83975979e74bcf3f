import { describe, expect, it } from 'vitest';
import { resolveScreen } from './resolve-screen';

const signedIn = { status: 'signedIn', email: 'a@b.de' } as const;
const signedOut = { status: 'signedOut' } as const;
const mfa = { status: 'mfaRequired', email: 'a@b.de' } as const;

describe('resolveScreen', () => {
  it('waits for the session, or reports that it could not be read', () => {
    expect(resolveScreen(null, false, '/')).toEqual({ screen: 'loading' });
    expect(resolveScreen(null, true, '/')).toEqual({ screen: 'startFailed' });
  });

  it('sends signed-out users to the login from anywhere else', () => {
    expect(resolveScreen(signedOut, false, '/')).toEqual({ screen: 'login', redirect: '/login' });
    expect(resolveScreen(signedOut, false, '/billing')).toEqual({
      screen: 'login',
      redirect: '/login',
    });
    expect(resolveScreen(signedOut, false, '/login')).toEqual({ screen: 'login' });
    expect(resolveScreen(signedOut, false, '/forgot-password')).toEqual({
      screen: 'forgotPassword',
    });
  });

  it('keeps the TOTP step on the login screen', () => {
    expect(resolveScreen(mfa, false, '/login')).toEqual({ screen: 'login' });
  });

  it('shows the frame when signed in and leaves the signed-out screens', () => {
    expect(resolveScreen(signedIn, false, '/')).toEqual({ screen: 'frame' });
    expect(resolveScreen(signedIn, false, '/login')).toEqual({ screen: 'frame', redirect: '/' });
  });

  it('opens a reset link whatever the session', () => {
    for (const session of [signedIn, signedOut, mfa]) {
      expect(resolveScreen(session, false, '/reset-password')).toEqual({
        screen: 'resetPassword',
      });
    }
  });

  it('opens registration signed out, and leaves it once signed in', () => {
    expect(resolveScreen(signedOut, false, '/register')).toEqual({ screen: 'register' });
    expect(resolveScreen(signedIn, false, '/register')).toEqual({ screen: 'frame', redirect: '/' });
  });

  it('opens invitation and confirmation links whatever the session', () => {
    for (const session of [signedIn, signedOut, mfa]) {
      expect(resolveScreen(session, false, '/invitation')).toEqual({ screen: 'invitation' });
      expect(resolveScreen(session, false, '/confirm-email')).toEqual({ screen: 'register' });
    }
  });
});
