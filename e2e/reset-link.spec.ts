/**
 * The password-reset mail's link, followed as a person would: the link is taken out of the
 * sandbox's mail outbox, handed to the app as the OS hands a kundencenter:// link, and opens
 * the reset screen with the token already filled in.
 */
import { handLink } from './support/deep-link';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { sandboxGet } from './support/processes';

interface Mail {
  text: string;
}

test('the reset mail’s link opens the reset screen with its token, and the token sets the password', async ({
  app,
  host,
  sandbox,
}) => {
  await app.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await app.getByLabel('E-Mail-Adresse').fill(DEMO.email);
  await app.getByRole('button', { name: 'E-Mail anfordern' }).click();
  await expect(app.getByText(/Wenn ein Konto mit dieser Adresse besteht/)).toBeVisible();

  const [mail] = await sandboxGet<Mail[]>(
    sandbox.url,
    `/v1/sandbox/outbox?to=${encodeURIComponent(DEMO.email)}`,
  );
  const link = /kundencenter:\/\/\S+/.exec(mail!.text)?.[0];
  expect(link).toMatch(/^kundencenter:\/\/reset-password\?token=/);
  const token = decodeURIComponent(new URL(link!).searchParams.get('token') ?? '');

  expect(await handLink(host, link!)).toBe(true);
  await expect(app.getByRole('heading', { name: 'Passwort zurücksetzen' })).toBeVisible();
  await expect(app.getByLabel('Code aus der E-Mail')).toHaveValue(token);
  const password = 'Link-Passwort-2026!';
  await app.getByLabel('Neues Passwort').fill(password);
  await app.getByLabel('Passwort wiederholen').fill(password);
  await app.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(
    app.getByText('Ihr Passwort wurde geändert. Alle bisherigen Sitzungen wurden beendet.'),
  ).toBeVisible();
  await signIn(app, { ...DEMO, password });
  await expect(app.getByTestId('customer-number')).toBeVisible();
});
