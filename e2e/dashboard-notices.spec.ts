import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { sandboxPost } from './support/processes';
import { LIMITED } from './support/team';
import { clickNotification, notifications } from './support/tickets';

const CARDS = ['card-open-amount', 'card-support', 'card-due-soon', 'card-notices'];

test('the Übersicht answers the daily questions; a new provider notice arrives as a notification that opens it, and the contract shows its notices', async ({
  app,
  host,
  sandbox,
}) => {
  await signIn(app);
  for (const card of CARDS) {
    await expect(app.getByTestId(card)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  }
  await expect(app.getByTestId('card-open-amount')).toContainText('3 offene Rechnungen');
  await expect(app.getByTestId('card-support')).toContainText(/offene Anfrage/);
  const due = app.getByTestId('card-due-soon');
  await expect(
    due.getByRole('link', { name: /^muster-webdesign-shop\.de läuft am/ }),
  ).toBeVisible();
  await expect(
    due.getByRole('link', { name: /Webhosting Basic \(V-100234-06\) endet am/ }),
  ).toBeVisible();
  const notices = app.getByTestId('card-notices');
  await expect(notices.getByTestId('notice-item')).toHaveText([
    /Störung · Aktiv\s*Verzögerter E-Mail-Empfang\s*seit/,
    /Wartung · Geplant\s*Wartung der Managed-Server-Plattform/,
  ]);
  await expect(app.getByTestId('dashboard-synced-at')).toHaveText(/^Stand: \d{2}\.\d{2}\.\d{4}/);
  await expectAccessible(app);

  // the provider's staff posts an incident: a notification, and the card shows it at once
  const before = (await notifications(host)).length;
  await sandboxPost(sandbox.url, '/v1/sandbox/notices', {
    title: 'Störung der Datenbankserver',
    titleEn: 'Database servers down',
    body: 'MySQL-Datenbanken sind nicht erreichbar.',
    contractIds: ['V-100234-01'],
  });
  await expect
    .poll(async () => (await notifications(host)).slice(before), { timeout: 30_000 })
    .toContainEqual(
      expect.objectContaining({
        title: 'Störung der Datenbankserver',
        body: expect.stringMatching(/^Störung seit /),
      }),
    );
  await expect(notices.getByRole('link', { name: 'Störung der Datenbankserver' })).toBeVisible();

  // a click on the notification opens the notice
  const index = (await notifications(host)).findIndex(
    (n, i) => i >= before && n.title === 'Störung der Datenbankserver',
  );
  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Domains' })
    .click();
  await clickNotification(host, index);
  await expect(
    app.getByRole('heading', { level: 1, name: 'Störung der Datenbankserver' }),
  ).toBeVisible();
  await expect(app).toHaveURL(/#\/\?notice=\d+$/);
  const detail = app.getByTestId('notice-detail');
  await expect(detail).toContainText('MySQL-Datenbanken sind nicht erreichbar.');
  await expectAccessible(app);

  // the contract it names lists it, and the one resolved before
  await detail.getByRole('link', { name: 'V-100234-01' }).click();
  const contractNotices = app.getByTestId('contract-notices');
  await expect(contractNotices.getByTestId('notice-item')).toHaveText([
    /Störung · Aktiv\s*Störung der Datenbankserver/,
    /Störung · Behoben\s*Langsame Antwortzeiten im Webhosting/,
  ]);
  await expectAccessible(app);

  // turned off in the settings: the next notice is shown, but not announced
  await app.getByRole('link', { name: 'Einstellungen' }).click();
  await app
    .getByRole('checkbox', {
      name: 'Ein neuer Hinweis des Anbieters (Wartung, Störung) betrifft Ihre Verträge',
    })
    .uncheck();
  await expect(app.getByRole('main').getByText('Gespeichert.').first()).toBeVisible();
  const quiet = (await notifications(host)).length;
  await sandboxPost(sandbox.url, '/v1/sandbox/notices', {
    title: 'Wartung der Mailserver',
    kind: 'maintenance',
    contractIds: ['V-100234-02'],
  });
  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Übersicht' })
    .click();
  await expect(notices.getByRole('link', { name: 'Wartung der Mailserver' })).toBeVisible({
    timeout: 30_000,
  });
  expect((await notifications(host)).slice(quiet)).toEqual([]);
});

test('a colleague without the invoices right sees "kein Zugriff" on the open amount, the rest of the Übersicht as allowed', async ({
  app,
}) => {
  await signIn(app, LIMITED);
  const open = app.getByTestId('card-open-amount');
  await expect(open).toHaveAttribute('data-state', 'denied', { timeout: 30_000 });
  await expect(open).toContainText('Kein Zugriff: Hierfür fehlt Ihnen das Recht „Rechnungen“');
  const due = app.getByTestId('card-due-soon');
  await expect(
    due.getByRole('link', { name: /^muster-webdesign-shop\.de läuft am/ }),
  ).toBeVisible();
  await expect(due).toContainText('SEPA-Mandat: kein Zugriff (Recht „Zahlungsarten“)');
  await expect(app.getByTestId('card-notices')).toContainText('Verzögerter E-Mail-Empfang');
  await expectAccessible(app);
});
