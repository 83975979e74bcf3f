// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle } from '../test-support/announced';

const TOKEN = 'a1b2c3d4e5f6a7b8c9d0';
let kc: FakeKc;

beforeEach(() => {
  resetAll();
  kc = installApp({
    'password:forgot': () => ok(undefined),
    'password:reset': () => ok(undefined),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

describe('forgot password', () => {
  it('always gives the same confirmation and leads on to the code', async () => {
    window.location.hash = '#/forgot-password';
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await expectPageTitle('Passwort vergessen');
    await user.type(screen.getByLabelText('E-Mail-Adresse'), 'irgendwer@kundencenter.example');
    await user.click(screen.getByRole('button', { name: 'E-Mail anfordern' }));
    // the notice is a status region (beside the help highlight's, which stays empty here)
    expect(
      (await screen.findByText(/^Wenn ein Konto mit dieser Adresse besteht/)).closest(
        '[role="status"]',
      ),
    ).not.toBeNull();
    expect(kc.callsTo('password:forgot')).toEqual([{ email: 'irgendwer@kundencenter.example' }]);
    expect(
      screen.getByRole('link', { name: 'Code aus der E-Mail eingeben' }).getAttribute('href'),
    ).toBe('#/reset-password');
  });

  it('starts with the address typed on the login screen', async () => {
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-Mail-Adresse'), 'demo@kundencenter.example');
    await user.click(screen.getByRole('link', { name: 'Passwort vergessen?' }));
    await screen.findByRole('heading', { level: 1, name: 'Passwort vergessen' });
    expect(screen.getByLabelText<HTMLInputElement>('E-Mail-Adresse').value).toBe(
      'demo@kundencenter.example',
    );
  });
});

describe('reset password', () => {
  it('prefills the token from the link, checks the repeat, and returns to login', async () => {
    window.location.hash = `#/reset-password?token=${TOKEN}`;
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await expectPageTitle('Passwort zurücksetzen');
    expect(screen.getByLabelText<HTMLInputElement>('Code aus der E-Mail').value).toBe(TOKEN);

    await user.type(screen.getByLabelText('Neues Passwort'), 'Neues-Passwort-2027');
    // the shared rule (zxcvbn) judges it, loaded on first use
    await screen.findByText('Passwortstärke: stark', {}, { timeout: 5000 });
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'Neues-Passwort-2028');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(screen.getByRole('alert').textContent).toBe('Die Passwörter stimmen nicht überein.');
    expect(kc.callsTo('password:reset')).toEqual([]);

    const repeat = screen.getByLabelText('Passwort wiederholen');
    await user.clear(repeat);
    await user.type(repeat, 'Neues-Passwort-2027');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));

    await expectPageTitle('Anmelden');
    expect(
      screen
        .getByText('Ihr Passwort wurde geändert. Alle bisherigen Sitzungen wurden beendet.')
        .closest('[role="status"]'),
    ).not.toBeNull();
    expect(kc.callsTo('password:reset')).toEqual([
      { token: TOKEN, password: 'Neues-Passwort-2027' },
    ]);
    expect(window.location.hash).toBe('#/login');
  });

  it('ties an expired token to its field and offers a new one', async () => {
    kc.handlers['password:reset'] = () => fail('errors.reset_token_invalid');
    window.location.hash = `#/reset-password?token=${TOKEN}`;
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neues Passwort'), 'Neues-Passwort-2027');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'Neues-Passwort-2027');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Der Code ist ungültig oder abgelaufen/);
    expect(screen.getByLabelText('Code aus der E-Mail').getAttribute('aria-describedby')).toContain(
      alert.id,
    );
    expect(screen.getByRole('link', { name: 'Neuen Code anfordern' }).getAttribute('href')).toBe(
      '#/forgot-password',
    );
  });

  it('shows a weak password at the password field', async () => {
    kc.handlers['password:reset'] = () =>
      fail('errors.weak_password', { fields: { password: 'errors.field.weak_password' } });
    window.location.hash = `#/reset-password?token=${TOKEN}`;
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neues Passwort'), 'passwort');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'passwort');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Dieses Passwort ist zu schwach/,
    );
    expect(screen.getByLabelText('Neues Passwort').getAttribute('aria-invalid')).toBe('true');
  });
});
