import { expectAccessible } from './support/a11y';
import { DEMO, MFA, expect, signIn, test } from './support/fixtures';
import { sandboxGet, startWebHost, tempDir } from './support/processes';

test('the login screen names the demo accounts, and the demo account signs in', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  const note = app.getByTestId('sandbox-note');
  await expect(note).toContainText(DEMO.email);
  await expect(note).toContainText(DEMO.password);
  await expect(note).toContainText(MFA.email);
  await expectAccessible(app);

  await signIn(app);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  await expect(app.getByTestId('customer-number')).toHaveText(/^K-\d+$/);
});

test('a wrong password and an unknown address get the same message; the address stays', async ({
  app,
}) => {
  await signIn(app, { ...DEMO, password: 'Falsches-Passwort-1' });
  const alert = app.getByRole('alert').first();
  await expect(alert).toContainText('Die E-Mail-Adresse oder das Passwort ist nicht korrekt');
  await expect(app.getByLabel('E-Mail-Adresse')).toHaveValue(DEMO.email);
  await expect(app.getByLabel('Passwort', { exact: true })).toHaveValue('');
  await expectAccessible(app);
  const wrongPasswordText = await alert.textContent();

  // nobody learns from the answer whether an address has an account
  await signIn(app, { email: 'niemand@kundencenter.example', password: 'Egal-Passwort-1' });
  await expect(app.getByRole('alert').first()).toHaveText(wrongPasswordText ?? '');
  await expect(app.getByLabel('E-Mail-Adresse')).toHaveValue('niemand@kundencenter.example');
});

test('repeated failures lock the account and say how long to wait', async ({ app }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(app, { ...DEMO, password: `Falsch-${i}-Passwort` });
    await expect(app.getByRole('alert').first()).toBeVisible();
  }
  await signIn(app);
  await expect(app.getByRole('alert').first()).toContainText(/gesperrt/i);
  await expect(app.getByRole('alert').first()).toContainText(/\d/);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toHaveCount(0);
});

test('an unreachable server is named as such', async ({ page }) => {
  const host = await startWebHost('http://127.0.0.1:9', tempDir('unreachable'));
  try {
    await page.goto(host.url);
    await signIn(page);
    await expect(page.getByRole('alert').first()).toContainText(/nicht erreichbar/i);
  } finally {
    await host.stop();
  }
});

test('the TOTP step signs in the 2FA account, refusing a wrong code', async ({ app, sandbox }) => {
  await signIn(app, MFA);
  await expect(app.getByRole('heading', { name: 'Zwei-Faktor-Authentifizierung' })).toBeVisible();
  await expectAccessible(app);
  const { code } = await sandboxGet<{ code: string }>(
    sandbox.url,
    `/v1/sandbox/totp?email=${encodeURIComponent(MFA.email)}`,
  );
  const wrong = code === '000000' ? '111111' : '000000';
  await app.getByLabel('Sicherheitscode').fill(wrong);
  await app.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('Sicherheitscode').fill(code);
  await app.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  await expect(app.getByTestId('verification-status')).toContainText('In Prüfung');
});

test('in English too', async ({ app }) => {
  await app.getByLabel('Sprache').selectOption('en');
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await app.getByLabel('Email address').fill(DEMO.email);
  await app.getByLabel('Password', { exact: true }).fill('wrong-password-1');
  await app.getByRole('button', { name: 'Sign in' }).click();
  await expect(app.getByRole('alert').first()).toContainText(/password/i);
  await expectAccessible(app);
});
