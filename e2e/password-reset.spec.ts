import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { sandboxGet, startWebHost, tempDir } from './support/processes';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

const NEW_PASSWORD = 'Neues-Passwort-2026!';

test('password forgotten: same answer for any address, mail in the outbox, token sets a new password, old sessions end', async ({
  app,
  sandbox,
  browser,
}) => {
  // another device that is signed in with the old password
  const other = await startWebHost(sandbox.url, tempDir('other-device'));
  const otherPage = await (await browser.newContext()).newPage();
  try {
    await otherPage.goto(other.url);
    await signIn(otherPage);
    await expect(otherPage.getByTestId('customer-number')).toBeVisible();

    await app.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(app.getByRole('heading', { name: 'Passwort vergessen' })).toBeVisible();
    await expectAccessible(app);
    await app.getByLabel('E-Mail-Adresse').fill('niemand@kundencenter.example');
    await app.getByRole('button', { name: 'E-Mail anfordern' }).click();
    const answer = app.getByText(/Wenn ein Konto mit dieser Adresse besteht/);
    await expect(answer).toBeVisible();
    const answerForUnknown = await answer.textContent();
    await expectAccessible(app);

    await app.reload(); // start over on the same screen
    await app.getByLabel('E-Mail-Adresse').fill(DEMO.email);
    await app.getByRole('button', { name: 'E-Mail anfordern' }).click();
    await expect(answer).toHaveText(answerForUnknown ?? '');

    const mails = await sandboxGet<Mail[]>(
      sandbox.url,
      `/v1/sandbox/outbox?to=${encodeURIComponent(DEMO.email)}`,
    );
    expect(mails).toHaveLength(1);
    expect(
      await sandboxGet<Mail[]>(sandbox.url, '/v1/sandbox/outbox?to=niemand%40kundencenter.example'),
    ).toHaveLength(0);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mails[0]!.text)?.[1];
    expect(token).toBeTruthy();

    await app.getByRole('link', { name: 'Code aus der E-Mail eingeben' }).click();
    await expect(app.getByRole('heading', { name: 'Passwort zurücksetzen' })).toBeVisible();
    await app.getByLabel('Code aus der E-Mail').fill(token!);
    await app.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await app.getByLabel('Passwort wiederholen').fill(`${NEW_PASSWORD}x`);
    await app.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(app.getByRole('alert').first()).toBeVisible(); // the repeat does not match
    await app.getByLabel('Passwort wiederholen').fill(NEW_PASSWORD);
    await expectAccessible(app);
    await app.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(
      app.getByText('Ihr Passwort wurde geändert. Alle bisherigen Sitzungen wurden beendet.'),
    ).toBeVisible();

    // the old password no longer works, the new one does
    await signIn(app);
    await expect(app.getByRole('alert').first()).toContainText(
      'Die E-Mail-Adresse oder das Passwort ist nicht korrekt',
    );
    await signIn(app, { ...DEMO, password: NEW_PASSWORD });
    await expect(app.getByTestId('customer-number')).toBeVisible();

    // the other device's session has ended: it falls back to the login screen
    await expect(otherPage.getByRole('heading', { name: 'Anmelden' })).toBeVisible({
      timeout: 30_000,
    });

    // the token works only once
    await app.getByRole('button', { name: 'Abmelden' }).click();
    await app.getByRole('link', { name: 'Passwort zurücksetzen (Code eingeben)' }).click();
    await app.getByLabel('Code aus der E-Mail').fill(token!);
    await app.getByLabel('Neues Passwort').fill('Noch-Ein-Passwort-2026!');
    await app.getByLabel('Passwort wiederholen').fill('Noch-Ein-Passwort-2026!');
    await app.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(app.getByRole('alert').first()).toContainText(
      'Der Code ist ungültig oder abgelaufen',
    );
  } finally {
    await other.stop();
  }
});
