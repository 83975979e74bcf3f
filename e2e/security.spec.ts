/**
 * "Sicherheit" through the web host: two apps of one person, the devices list and ending the
 * other app's session (it shows the sign-in screen with the reason at once), two-factor setup
 * with the QR code and recovery codes saved as a file, the next sign-in with a recovery code,
 * and the screen offline (history readable, writes disabled with the reason). Axe on each step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOTP, Secret } from 'otpauth';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { recorded, startWebHost, tempDir } from './support/processes';
import { switchToEnglish } from './support/language';

const THIS = 'Kundencenter Desktop (Web-Host)';

function currentCode(groups: string): string {
  const secret = Secret.fromBase32(groups.replace(/\s+/g, ''));
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

test('devices: the other app is signed out at once and says why; 2FA with recovery codes', async ({
  app,
  sandbox,
  host,
  appDir,
  browser,
}) => {
  const otherHost = await startWebHost(sandbox.url, tempDir('other-app'));
  // a context of its own: another app, and axe needs one to scan it
  const context = await browser.newContext();
  const other = await context.newPage();
  try {
    await other.goto(otherHost.url);
    await signIn(other);
    await expect(other.getByRole('heading', { name: 'Übersicht' })).toBeVisible();

    await signIn(app);
    await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
    await app.getByRole('link', { name: 'Sicherheit' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Sicherheit' })).toBeVisible();
    const rows = app.getByTestId('device-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ has: app.getByTestId('this-device') })).toContainText(THIS);
    await expect(app.getByTestId('history-row').first()).toContainText('Erfolgreich');
    await expectAccessible(app);

    // sign the other app out from here: it notices through its live stream, without a click
    await rows
      .filter({ hasNot: app.getByTestId('this-device') })
      .getByRole('button')
      .click();
    const dialog = app.getByRole('dialog');
    await expect(dialog).toContainText('wird abgemeldet');
    await expectAccessible(app);
    await dialog.getByRole('button', { name: 'Abmelden' }).click();
    await expect(app.getByTestId('devices-notice')).toContainText('abgemeldet');
    await expect(rows).toHaveCount(1);
    await expect(other.getByRole('heading', { name: 'Anmelden' })).toBeVisible({ timeout: 15_000 });
    await expect(other.getByTestId('signed-out-reason')).toContainText(
      'auf einem anderen Gerät beendet',
    );

    // two-factor sign-in: the password first, then the QR code and a code from the app
    await app.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
    await app.getByRole('button', { name: 'Weiter' }).click();
    await expect(app.getByLabel('Ihr Passwort')).toHaveAttribute('aria-invalid', 'true');
    await app.getByLabel('Ihr Passwort').fill('Falsches-Passwort-1');
    await app.getByRole('button', { name: 'Weiter' }).click();
    await expect(app.getByText('Das Passwort ist nicht korrekt').first()).toBeVisible();
    await app.getByLabel('Ihr Passwort').fill(DEMO.password);
    await app.getByRole('button', { name: 'Weiter' }).click();
    await expect(app.getByTestId('totp-qr')).toBeVisible();
    await expectAccessible(app);
    const groups = (await app.getByTestId('totp-secret').textContent()) ?? '';
    await app.getByLabel('Sicherheitscode').fill('000000');
    await app.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
    await expect(app.getByLabel('Sicherheitscode')).toHaveAttribute('aria-invalid', 'true');
    await app.getByLabel('Sicherheitscode').fill(currentCode(groups));
    await app.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
    const codes = app.getByTestId('recovery-codes').getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await expectAccessible(app);
    const shown = await codes.allTextContents();
    await app.getByRole('button', { name: 'Als Textdatei speichern' }).click();
    await expect
      .poll(async () => (await recorded(host)).downloads?.map((d) => d.name) ?? [])
      .toContain('Kundencenter-Wiederherstellungscodes.txt');
    const file = readFileSync(
      join(appDir, 'downloads', 'Kundencenter-Wiederherstellungscodes.txt'),
      'utf8',
    );
    for (const code of shown) expect(file).toContain(code);
    await app.getByRole('button', { name: 'Ich habe die Codes aufbewahrt' }).click();
    await expect(app.getByTestId('two-factor-state')).toContainText('Eingeschaltet');
    await expect(app.getByTestId('recovery-left')).toContainText('10');

    // the other app signs in again with a recovery code in place of the TOTP code
    await signIn(other);
    await other.getByTestId('mfa-switch').click();
    await other.getByLabel('Wiederherstellungscode').fill(shown[0] ?? '');
    await other.getByRole('button', { name: 'Bestätigen' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Sicherheit' })).toBeVisible();
    await expect(other.getByTestId('recovery-used')).toContainText('noch 9 Codes');
    await expectAccessible(other);
  } finally {
    await context.close();
    await otherHost.stop();
  }
});

test('offline: the history stays readable, the writes say why they wait; in English too', async ({
  app,
  sandbox,
}) => {
  await signIn(app);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  await app.getByRole('link', { name: 'Sicherheit' }).click();
  await expect(app.getByTestId('history-row').first()).toContainText('Erfolgreich');
  await sandbox.stop();
  // the next poll finds the server gone
  await expect(app.getByTestId('offline-banner')).toBeVisible({ timeout: 15_000 });
  await expect(app.getByTestId('needs-connection').first()).toBeVisible({ timeout: 15_000 });
  await expect(app.getByTestId('history-row').first()).toContainText('Erfolgreich');
  const change = app.getByRole('button', { name: 'Passwort ändern' });
  await expect(change).toHaveAttribute('aria-disabled', 'true');
  await expectAccessible(app);
  await switchToEnglish(app);
  await expect(app.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Sign-in history' })).toBeVisible();
  await expectAccessible(app);
});
