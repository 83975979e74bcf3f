// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { APP_INFO, installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle } from '../test-support/announced';

let kc: FakeKc;

beforeEach(() => {
  resetAll();
  kc = installApp();
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-Mail-Adresse'), email);
  await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  return user;
}

describe('login', () => {
  it('shows the login screen with its links when signed out', async () => {
    renderWithI18n(<App />);
    await expectPageTitle('Anmelden');
    expect(screen.getByRole('link', { name: 'Passwort vergessen?' }).getAttribute('href')).toBe(
      '#/forgot-password',
    );
    expect(
      screen
        .getByRole('link', { name: 'Passwort zurücksetzen (Code eingeben)' })
        .getAttribute('href'),
    ).toBe('#/reset-password');
    expect(window.location.hash).toBe('#/login');
    expect(document.documentElement.lang).toBe('de');
  });

  it('checks the fields before asking main', async () => {
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Anmelden' }));
    const email = screen.getByLabelText('E-Mail-Adresse');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const errorId = email.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)?.textContent).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(kc.callsTo('session:login')).toEqual([]);
  });

  it('ties a wrong password to the password field, keeps the e-mail, clears the password', async () => {
    kc.handlers['session:login'] = () => fail('errors.wrong_password');
    renderWithI18n(<App />);
    await fillAndSubmit('demo@kundencenter.example', 'falsch');

    const alert = await screen.findByRole('alert');
    // the same words for an unknown address: the server answers both alike
    expect(alert.textContent).toBe(
      'Die E-Mail-Adresse oder das Passwort ist nicht korrekt. Bitte versuchen Sie es erneut.',
    );
    const password = screen.getByLabelText<HTMLInputElement>('Passwort');
    expect(password.value).toBe('');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByLabelText<HTMLInputElement>('E-Mail-Adresse').value).toBe(
      'demo@kundencenter.example',
    );
    expect(kc.callsTo('session:login')).toEqual([
      { email: 'demo@kundencenter.example', password: 'falsch' },
    ]);
  });

  it('tells a locked user how long to wait', async () => {
    kc.handlers['session:login'] = () => fail('errors.account_locked', { retryAfter: 272 });
    renderWithI18n(<App />);
    await fillAndSubmit('demo@kundencenter.example', 'falsch');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /vorübergehend gesperrt\. Bitte versuchen Sie es in 4 Min\. 32 Sek\. erneut \(ab \d{2}:\d{2} Uhr\)\./,
    );
  });

  it('says when the server cannot be reached', async () => {
    kc.handlers['session:login'] = () => fail('errors.offline');
    renderWithI18n(<App />);
    await fillAndSubmit('demo@kundencenter.example', 'Demo-Passwort-2026');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Passwort').value).toBe('Demo-Passwort-2026');
  });

  it('asks for the TOTP code when main requires it, then signs in', async () => {
    kc.handlers['session:login'] = () =>
      ok({ status: 'mfaRequired', email: 'mfa@kundencenter.example' });
    kc.handlers['session:mfa'] = () =>
      ok({ status: 'signedIn', email: 'mfa@kundencenter.example' });
    renderWithI18n(<App />);
    const user = await fillAndSubmit('mfa@kundencenter.example', 'Demo-Passwort-2026');

    await expectPageTitle('Zwei-Faktor-Authentifizierung');
    const code = screen.getByLabelText<HTMLInputElement>('Sicherheitscode');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(document.activeElement).toBe(code);

    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));

    await expectPageTitle('Übersicht');
    expect(kc.callsTo('session:mfa')).toEqual([{ code: '123456' }]);
    expect(window.location.hash).toBe('#/');
  });

  it('shows a wrong TOTP code at the code field and lets the user retry', async () => {
    kc.handlers['session:get'] = () =>
      ok({ status: 'mfaRequired', email: 'mfa@kundencenter.example' });
    kc.handlers['session:mfa'] = () => fail('errors.mfa_invalid_code');
    renderWithI18n(<App />);
    const user = userEvent.setup();
    const code = await screen.findByLabelText<HTMLInputElement>('Sicherheitscode');

    await user.type(code, '12345');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Der Sicherheitscode besteht aus 6 Ziffern.',
    );
    expect(kc.callsTo('session:mfa')).toEqual([]);

    await user.type(code, '6');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    const alert = await screen.findByText(/Der Sicherheitscode ist nicht korrekt/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(code.getAttribute('aria-describedby')).toContain(alert.id);
    expect(code.value).toBe('');
  });

  it('goes back to e-mail and password when the TOTP step expired', async () => {
    kc.handlers['session:get'] = () =>
      ok({ status: 'mfaRequired', email: 'mfa@kundencenter.example' });
    kc.handlers['session:mfa'] = () => fail('errors.mfa_token_invalid');
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Sicherheitscode'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    await expectPageTitle('Anmelden');
    expect(screen.getByRole('alert').textContent).toMatch(/Anmeldevorgang ist abgelaufen/);
  });

  it('takes a recovery code instead, and then leads to Sicherheit with the codes left', async () => {
    kc.handlers['session:login'] = () =>
      ok({ status: 'mfaRequired', email: 'mfa@kundencenter.example' });
    kc.handlers['session:mfa'] = () =>
      ok({ status: 'signedIn', email: 'mfa@kundencenter.example', recoveryCodesLeft: 9 });
    renderWithI18n(<App />);
    const user = await fillAndSubmit('mfa@kundencenter.example', 'Demo-Passwort-2026');
    await user.click(await screen.findByTestId('mfa-switch'));
    const code = screen.getByLabelText<HTMLInputElement>('Wiederherstellungscode');
    await user.type(code, 'abcd efgh');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/12 Buchstaben und Ziffern/);
    expect(code.value).toBe('abcd efgh');
    await user.type(code, ' jkl2');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    expect(kc.callsTo('session:mfa')).toEqual([{ code: 'ABCDEFGHJKL2' }]);
    await waitFor(() => expect(window.location.hash).toBe('#/security'));
  });

  it('says why the app signed out by itself', async () => {
    kc.handlers['session:get'] = () => ok({ status: 'signedOut', reason: 'endedElsewhere' });
    renderWithI18n(<App />);
    const notice = await screen.findByTestId('signed-out-reason');
    expect(notice.textContent).toMatch(/auf einem anderen Gerät beendet/);
  });

  it('names the demo accounts only in the sandbox', async () => {
    kc.handlers['app:info'] = () => ok({ ...APP_INFO, sandbox: true });
    renderWithI18n(<App />);
    const note = await screen.findByTestId('sandbox-note');
    // each address and the password set apart as code, the password said once
    expect([...note.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      'demo@kundencenter.example',
      'Demo-Passwort-2026',
      'mfa@kundencenter.example',
      'jonas.weber@muster-webdesign.example',
    ]);
  });

  it('has no sandbox note against a real server', async () => {
    renderWithI18n(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });
    expect(screen.queryByTestId('sandbox-note')).toBeNull();
  });

  it('speaks English after switching the language', async () => {
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Sprache'), 'en');
    await expectPageTitle('Sign in');
    expect(screen.getByLabelText('Email address').getAttribute('type')).toBe('email');
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('type')).toBe('submit');
    expect(document.documentElement.lang).toBe('en');
    expect(kc.callsTo('settings:set')).toEqual([{ language: 'en' }]);
  });
});
