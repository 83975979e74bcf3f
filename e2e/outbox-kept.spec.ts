/**
 * A new ticket written offline waits in the outbox, survives "Cache leeren", and is opened
 * exactly once when the server is back; signing out with it still queued asks first.
 */
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { startSandbox, type Running } from './support/processes';
import { openSupport } from './support/tickets';

const SUBJECT = 'Im Zug geschrieben: Postfach voll';

test('a ticket written offline waits, survives Cache leeren, and is opened once back online', async ({
  app,
  sandbox,
  sandboxDir,
}) => {
  test.setTimeout(120_000);
  await signIn(app);
  await openSupport(app);
  await expect(app.getByTestId('ticket-row').first()).toBeVisible();

  const port = Number(new URL(sandbox.url).port);
  await sandbox.stop();
  let restarted: Running | null = null;
  try {
    await expect(app.getByTestId('offline-banner')).toBeVisible({ timeout: 30_000 });
    await openSupport(app, 'Ticket eröffnen');
    await expect(app.getByTestId('new-ticket-offline')).toContainText(
      'gesendet, sobald die Verbindung wieder besteht',
    );
    await app.getByLabel('Abteilung').selectOption({ label: 'Technik' });
    await app.getByLabel('Betreff').fill(SUBJECT);
    await app.getByLabel('Nachricht').fill('Seit heute nimmt das Postfach keine Mails mehr an.');
    await app.getByRole('button', { name: 'Ticket eröffnen' }).click();

    const pending = app.getByTestId('pending-tickets');
    await expect(pending).toContainText(`Neues Ticket: ${SUBJECT}`);
    await expect(pending.getByTestId('pending-state')).toHaveText('Wird gesendet, sobald online.');
    await expectAccessible(app);

    // "Cache leeren" keeps what is not sent yet
    await app.getByRole('link', { name: 'Einstellungen' }).click();
    const main = app.getByRole('main');
    await main.getByRole('button', { name: 'Cache leeren' }).click();
    const dialog = app.getByRole('dialog', { name: 'Cache leeren?' });
    await expect(dialog).toContainText('bleiben erhalten und werden gesendet');
    await dialog.getByRole('button', { name: 'Cache leeren' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Cache geleert' })).toBeVisible();

    // signing out now would drop it: the app asks, and "Nicht jetzt" keeps everything
    await app.getByRole('button', { name: 'Abmelden', exact: true }).click();
    const ask = app.getByRole('dialog', { name: 'Eine Nachricht ist noch nicht gesendet' });
    await expect(ask).toContainText('Beim Abmelden wird sie gelöscht und nicht gesendet.');
    await expectAccessible(app);
    await ask.getByRole('button', { name: 'Nicht jetzt' }).click();

    await openSupport(app);
    await expect(app.getByTestId('pending-tickets')).toContainText(`Neues Ticket: ${SUBJECT}`);

    restarted = await startSandbox(sandboxDir, port);
    await expect(app.getByTestId('pending-tickets')).toHaveCount(0, { timeout: 30_000 });
    const rows = app.getByTestId('ticket-row').filter({ hasText: SUBJECT });
    await expect(rows).toHaveCount(1);
    // read afresh from the server: still once
    await app.reload();
    await expect(app.getByTestId('ticket-row').first()).toBeVisible();
    await expect(app.getByTestId('ticket-row').filter({ hasText: SUBJECT })).toHaveCount(1);
  } finally {
    await restarted?.stop();
  }
});
