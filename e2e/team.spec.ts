/**
 * Account and team (issue 7) through the web host against the real sandbox: customer data with
 * a conflict, registration and verification, inviting a user with rights, contacts, switching
 * customer accounts, and a limited user's menu. axe on every screen.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { decideVerification, editAccountElsewhere, LIMITED, tokenFromOutbox } from './support/team';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Kundencenter' });
const SLOW = { timeout: 15_000 };

/** switches through the header's account menu to the customer account with that number */
async function switchTo(page: Page, customerNumber: string): Promise<void> {
  await page.getByRole('button', { name: /^Kundenkonto:/ }).click();
  await page.getByRole('menuitemradio', { name: new RegExp(customerNumber) }).click();
}

async function openMenu(page: Page, name: string): Promise<void> {
  await menu(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible(SLOW);
}

test('Kundeninformationen: edit with a live VAT check; a change made elsewhere meanwhile shows both versions', async ({
  app,
  sandbox,
}) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible(SLOW);
  await openMenu(app, 'Kundeninformationen');
  await expect(app.getByTestId('account-facts')).toContainText('K-100234');
  await expectAccessible(app);

  await app.getByRole('button', { name: 'Kundendaten bearbeiten' }).click();
  await app.getByLabel('USt-IdNr. (optional)').fill('ATU12345678');
  await expect(app.getByText(/gehört zu einem anderen Land/)).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('USt-IdNr. (optional)').fill('DE123456789');
  await app.getByLabel('Telefon').fill('+49 30 7654321');
  await app.getByRole('button', { name: 'Speichern' }).click();
  await expect(app.getByText('Ihre Kundendaten sind gespeichert.')).toBeVisible();
  await expect(app.getByTestId('account-facts')).toContainText('DE123456789');
  await expect(app.getByTestId('account-facts')).toContainText('+49 30 7654321');

  // I start editing; meanwhile a colleague changes the city
  await app.getByRole('button', { name: 'Kundendaten bearbeiten' }).click();
  await app.getByLabel('Ort').fill('Potsdam');
  await editAccountElsewhere(sandbox.url, DEMO, {
    address: { street: 'Musterstraße 1', postalCode: '10115', city: 'Hamburg', country: 'DE' },
  });
  await app.getByRole('button', { name: 'Speichern' }).click();
  const conflict = app.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Ort/ })).toContainText('Potsdam');
  await expect(conflict.getByRole('row', { name: /Ort/ })).toContainText('Hamburg');
  await expectAccessible(app);
  await conflict.getByRole('button', { name: 'Meine Änderungen erneut anwenden' }).click();
  await expect(app.getByText('Ihre Kundendaten sind gespeichert.')).toBeVisible();
  await expect(app.getByTestId('account-facts')).toContainText('Potsdam');
});

test('registration from the login screen: confirm the e-mail, complete the data, upload a document, the provider approves', async ({
  app,
  sandbox,
}) => {
  const email = 'neukunde@example.org';
  const password = 'Sonnen-Blume-Fluss-2026!';
  await app.getByRole('link', { name: 'Registrieren' }).click();
  await expect(app.getByRole('heading', { name: 'Registrieren' })).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('E-Mail-Adresse').fill(email);
  await app.getByLabel('Passwort', { exact: true }).fill('passwort');
  await expect(app.getByTestId('password-strength')).toContainText('schwach');
  await app.getByLabel('Passwort wiederholen').fill('passwort');
  await app.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(app.locator('#register-password-error')).toBeVisible();
  await app.getByLabel('Passwort', { exact: true }).fill(password);
  await expect(app.getByTestId('password-strength')).toContainText('stark');
  await app.getByLabel('Passwort wiederholen').fill(password);
  await app.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(
    app.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }),
  ).toBeVisible();
  await expect(app.getByTestId('outbox-note')).toContainText(`outbox --to ${email}`);
  await expectAccessible(app);

  const token = await tokenFromOutbox(sandbox.url, email);
  await app
    .getByLabel('Bestätigungscode oder Link')
    .fill(`kundencenter://verify-email?token=${token}`);
  await app.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(app.getByRole('heading', { name: 'E-Mail-Adresse bestätigt' })).toBeVisible();
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await expect(app.getByLabel('E-Mail-Adresse')).toHaveValue(email);
  await app.getByLabel('Passwort', { exact: true }).fill(password);
  await app.getByRole('button', { name: 'Anmelden' }).click();

  await openMenu(app, 'Kundeninformationen');
  await app.getByRole('link', { name: 'Verifikation' }).click();
  await expect(app.getByTestId('step-emailConfirmed')).toHaveAttribute('data-state', 'done', SLOW);
  await expect(app.getByTestId('step-customerData')).not.toHaveAttribute('data-state', 'done');
  await expect(app.getByTestId('waiting-features')).toBeVisible();
  await expectAccessible(app);

  await app.getByRole('link', { name: 'Kundendaten', exact: true }).click();
  await app.getByRole('button', { name: 'Kundendaten bearbeiten' }).click();
  await app.getByLabel('Vorname').fill('Nina');
  await app.getByLabel('Nachname').fill('Neumann');
  await app.getByLabel('Straße und Hausnummer').fill('Lindenweg 3');
  await app.getByLabel('Postleitzahl').fill('04109');
  await app.getByLabel('Ort').fill('Leipzig');
  await app.getByLabel('Telefon').fill('+49 341 555666');
  await app.getByRole('button', { name: 'Speichern' }).click();
  await expect(app.getByText('Ihre Kundendaten sind gespeichert.')).toBeVisible();

  await app.getByRole('link', { name: 'Verifikation' }).click();
  await expect(app.getByTestId('step-customerData')).toHaveAttribute('data-state', 'done', SLOW);
  const picker = app.getByLabel('Datei auswählen');
  await picker.setInputFiles({
    name: 'bild.gif',
    mimeType: 'image/gif',
    buffer: Buffer.from('GIF89a'),
  });
  await expect(app.getByTestId('upload-error')).toContainText('PDF, JPG oder PNG');
  await picker.setInputFiles({
    name: 'ausweis.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(app.getByText('ausweis.pdf ist hochgeladen.')).toBeVisible(SLOW);
  await expect(app.getByTestId('verification-status')).toHaveText('In Prüfung', SLOW);
  await expectAccessible(app);

  await decideVerification(sandbox.url, email, 'approve');
  await app.reload();
  await expect(app.getByTestId('verification-status')).toHaveText('Verifiziert', SLOW);
});

test('inviting a user with rights: the new person creates a login from the invitation and sees only the granted menus', async ({
  app,
  sandbox,
}) => {
  const invited = 'mia.koch@example.org';
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible(SLOW);
  await openMenu(app, 'Benutzerverwaltung');
  await expect(app.getByTestId('users-table')).toContainText(DEMO.email);
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Neuen Benutzer einladen' }).click();
  await app.getByLabel('E-Mail-Adresse').fill(invited);
  await app.getByRole('checkbox', { name: 'Kontakte' }).check();
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(app.getByText(`Die Einladung an ${invited} ist versendet.`)).toBeVisible();
  await expect(app.getByTestId(`invitation-${invited}`)).toContainText('Kontakte');

  const token = await tokenFromOutbox(sandbox.url, invited);
  await app.getByRole('button', { name: 'Abmelden' }).click();
  await app.getByRole('link', { name: 'Einladung annehmen' }).click();
  await expect(app.getByRole('heading', { name: 'Einladung annehmen' })).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('Einladungscode oder Link').fill(token);
  await app.getByRole('button', { name: 'Einladung prüfen' }).click();
  await expect(app.getByTestId('invitation-info')).toContainText(invited);
  await app.getByLabel('Passwort', { exact: true }).fill('Mia-sicheres-Passwort-26');
  await app.getByLabel('Passwort wiederholen').fill('Mia-sicheres-Passwort-26');
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Zugang anlegen' }).click();

  const billing = app.getByTestId('menu-billing');
  await expect(billing.getByRole('link', { name: 'Abrechnung' })).toHaveAttribute(
    'aria-disabled',
    'true',
    SLOW,
  );
  await expect(billing).toContainText('Ihnen fehlt das Recht „Rechnungen“');
  await expect(app.getByTestId('menu-users').getByRole('link')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await openMenu(app, 'Kontakte');
  await expect(app.getByTestId('contacts-table')).toContainText('Jonas Weber');
  await expectAccessible(app);
});

test('contacts: create, edit, delete; deleting one a domain still uses is refused first, naming the domains', async ({
  app,
}) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible(SLOW);
  await openMenu(app, 'Kontakte');
  await expect(app.getByTestId('contacts-table')).toContainText('Lena Schmidt');
  await expectAccessible(app);

  await app.getByRole('button', { name: 'Neuer Kontakt' }).click();
  await app.getByLabel('Vorname').fill('Tim');
  await app.getByLabel('Nachname').fill('Tester');
  await app.getByLabel('E-Mail-Adresse').fill('tim@example.org');
  await app.getByLabel('Telefon').fill('030 123');
  await app.getByLabel('Straße und Hausnummer').fill('Testweg 1');
  await app.getByLabel('Postleitzahl').fill('10115');
  await app.getByLabel('Ort').fill('Berlin');
  await app.getByRole('button', { name: 'Kontakt speichern' }).click();
  await expect(app.locator('#contact-phone-error')).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('Telefon').fill('+49 30 123456');
  await app.getByRole('button', { name: 'Kontakt speichern' }).click();
  await expect(app.getByText('Der Kontakt Tim Tester ist angelegt.')).toBeVisible();

  await app.getByRole('button', { name: 'Bearbeiten: Tim Tester' }).click();
  await app.getByLabel('Ort').fill('Potsdam');
  await app.getByRole('button', { name: 'Kontakt speichern' }).click();
  await expect(app.getByText('Der Kontakt Tim Tester ist gespeichert.')).toBeVisible();

  await app.getByRole('button', { name: 'Löschen: Tim Tester' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Kontakt löschen' }).click();
  await expect(app.getByText('Der Kontakt Tim Tester ist gelöscht.')).toBeVisible();
  await expect(app.getByTestId('contacts-table')).not.toContainText('Tim Tester');

  // one the domains still use: said before any confirmation, with the domains
  await app.getByRole('button', { name: /Löschen: .*Jonas Weber/ }).click();
  const dialog = app.getByRole('dialog', { name: 'Kontakt wird noch verwendet' });
  await expect(dialog.getByTestId('delete-in-use')).toContainText('muster-webdesign.de');
  await expect(dialog.getByTestId('delete-in-use')).toContainText('erika-mustermann.de');
  await expect(dialog.getByRole('button', { name: 'Kontakt löschen' })).toHaveCount(0);
  await expectAccessible(app);
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(app.getByTestId('contacts-table')).toContainText('Jonas Weber');
});

test('switching between two customer accounts of one user', async ({ app }) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toHaveText(/K-100234/, SLOW);
  await expectAccessible(app);
  await app.getByRole('button', { name: /^Kundenkonto:/ }).click();
  await expect(app.getByRole('menuitemradio', { name: /K-100234/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expectAccessible(app);
  await app.keyboard.press('Escape');
  await switchTo(app, 'K-100236');
  await expect(app.getByTestId('customer-number')).toHaveText(/K-100236/, SLOW);
  await expect(app.getByTestId('active-customer')).toContainText('K-100236');
  await openMenu(app, 'Kundeninformationen');
  await expect(app.getByTestId('account-facts')).toContainText('K-100236');
  await switchTo(app, 'K-100234');
  await expect(app.getByTestId('customer-number')).toHaveText(/K-100234/, SLOW);
});

test('a user without the invoices right sees Abrechnung as not available, with the reason', async ({
  app,
}) => {
  await signIn(app, LIMITED);
  // without the customer-data right the overview still names the customer number
  await expect(app.getByTestId('customer-number')).toHaveText('K-100234', SLOW);
  await expect(app.getByRole('main')).toContainText('Recht „Kundendaten“');
  await expectAccessible(app);
  const billing = app.getByTestId('menu-billing');
  await expect(billing.getByRole('link', { name: 'Abrechnung' })).toHaveAttribute(
    'aria-disabled',
    'true',
    SLOW,
  );
  await expect(billing).toContainText('kein Zugriff');
  // at 1024 px the badges stay inside the menu, under the entry's name
  await app.setViewportSize({ width: 1024, height: 768 });
  const nav = (await menu(app).boundingBox())!;
  for (const badge of await menu(app).getByText('kein Zugriff').all()) {
    const box = (await badge.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(nav.x + nav.width);
  }
  await app.evaluate(() => {
    window.location.hash = '#/billing';
  });
  await expect(app.getByTestId('no-access')).toContainText('Rechnungen');
  await expect(app.getByTestId('no-access')).toContainText('Inhaber');
  await expectAccessible(app);
});
