import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { sandboxGet, startSandbox, type Running } from './support/processes';
import {
  clickNotification,
  notifications,
  openSupport,
  shownTicketId,
  staffReply,
  type Mail,
} from './support/tickets';

const SUBJECT = 'Shop lädt seit gestern langsam';
// a 1×1 PNG: the server checks the content, not only the name
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const STAFF_REPLY =
  'Wir haben den Cache Ihres Shops geleert und die PHP-Version angepasst. Bitte prüfen Sie es erneut.';

test('open a ticket with a file, staff reply as a notification that opens it, reply, close, reopen, reply offline sent once', async ({
  app,
  host,
  sandbox,
  sandboxDir,
}) => {
  // one person's whole way through support, with an axe scan per screen: longer than most
  test.setTimeout(300_000);
  await signIn(app);
  await openSupport(app);
  const rows = app.getByTestId('ticket-row');
  await expect(rows.first()).toBeVisible();
  await expect(app.getByLabel('… auf ein Ticket antwortet')).toBeChecked();
  await expectAccessible(app);

  // the form: a refused file is named with the reason, an allowed one is kept
  await openSupport(app, 'Ticket eröffnen');
  await app.getByLabel('Abteilung').selectOption({ label: 'Technik' });
  await app.getByLabel('Betreff').fill(SUBJECT);
  const related = app.getByLabel('Betrifft (optional)');
  await expect(related.locator('optgroup[label="Domains"] option').first()).toBeAttached();
  const domain = (await related
    .locator('optgroup[label="Domains"] option')
    .first()
    .textContent())!.trim();
  await related.selectOption({ label: domain });
  await app.getByLabel('Priorität').selectOption({ label: 'Hoch' });
  await app.getByLabel('Nachricht').fill('Die Startseite braucht über zehn Sekunden.');
  const files = app.getByTestId('new-ticket-attachments-input');
  await files.setInputFiles({
    name: 'setup.exe',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('MZ'),
  });
  await expect(app.getByTestId('new-ticket-attachments-refused')).toContainText(
    '„setup.exe“ kann nicht angehängt werden',
  );
  await files.setInputFiles({
    name: 'ladezeiten.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('index.php 10.4 s\n'),
  });
  await expect(app.getByTestId('new-ticket-attachments-file')).toContainText('ladezeiten.txt');
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Ticket eröffnen' }).click();

  await expect(app.getByRole('heading', { name: SUBJECT, level: 2 })).toBeVisible();
  const created = app.getByTestId('ticket-created');
  await expect(created).toContainText(/Ihr Ticket T-\d+ ist eröffnet/);
  const number = /T-\d+/.exec((await created.textContent())!)![0];
  const id = shownTicketId(app);
  await expect(app.getByTestId('ticket-facts')).toContainText(`Domain ${domain}`);
  await expect(app.getByTestId('message-attachment')).toContainText('ladezeiten.txt');
  await app.getByRole('button', { name: 'ladezeiten.txt öffnen' }).click();
  await expect(app.getByTestId('attachment-preview')).toContainText('index.php 10.4 s');
  await expectAccessible(app);
  const mails = await sandboxGet<Mail[]>(
    sandbox.url,
    `/v1/sandbox/outbox?to=${encodeURIComponent(DEMO.email)}`,
  );
  expect(mails.map((m) => m.subject)).toContainEqual(`Ihr Support-Ticket ${number}: ${SUBJECT}`);

  // staff answers while the person looks elsewhere: a notification with subject and the reply's start
  await openSupport(app, 'Tickets');
  const before = (await notifications(host)).length;
  await staffReply(sandbox.url, id, STAFF_REPLY);
  await expect
    .poll(async () => (await notifications(host)).slice(before), { timeout: 30_000 })
    .toContainEqual(
      expect.objectContaining({
        title: SUBJECT,
        body: expect.stringContaining('Wir haben den Cache'),
      }),
    );
  const shown = await notifications(host);
  const index = shown.findIndex((n, i) => i >= before && n.title === SUBJECT);
  await expect(rows.filter({ hasText: SUBJECT }).getByTestId('ticket-unread')).toBeVisible();
  await expectAccessible(app);

  // a click on it brings up the ticket, the reply box ready for the answer
  await clickNotification(host, index);
  await expect(app.getByRole('heading', { name: SUBJECT, level: 2 })).toBeVisible();
  await expect(app).toHaveURL(new RegExp(`#/support/tickets/${id}\\?reply=1$`));
  await expect(app.getByLabel('Ihre Antwort')).toBeFocused();
  const messages = app.getByTestId('thread-message');
  await expect(messages.filter({ hasText: STAFF_REPLY })).toHaveAttribute('data-author', 'staff');
  await expect(app.getByTestId('ticket-facts')).toContainText('Beantwortet');

  // reply
  // reply, with a screenshot that then opens inside the app
  await app.getByLabel('Ihre Antwort').fill('Danke, jetzt ist es schnell.');
  await app.getByTestId('reply-attachments-input').setInputFiles({
    name: 'messung.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG_1X1, 'base64'),
  });
  await expect(app.getByTestId('reply-attachments-file')).toContainText('messung.png');
  await app.getByRole('button', { name: 'Antwort senden' }).click();
  const thanks = messages.filter({ hasText: 'Danke, jetzt ist es schnell.' });
  await expect(thanks).toHaveCount(1);
  await expect(app.getByTestId('pending-reply')).toHaveCount(0);
  await thanks.getByRole('button', { name: 'messung.png öffnen' }).click();
  await expect(app.getByRole('img', { name: 'messung.png' })).toBeVisible();

  // close; a reply to the closed ticket says it reopens it, and does
  await app.getByRole('button', { name: 'Ticket schließen' }).click();
  await expectAccessible(app);
  await app.getByRole('dialog').getByRole('button', { name: 'Schließen' }).click();
  await expect(app.getByTestId('ticket-facts').getByTestId('ticket-status')).toHaveText(
    'Geschlossen',
  );
  await expect(app.getByTestId('reply-reopens')).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('Ihre Antwort').fill('Doch noch eine Frage zur PHP-Version.');
  await app.getByRole('button', { name: 'Antworten und wieder öffnen' }).click();
  await expect(messages.filter({ hasText: 'Doch noch eine Frage' })).toHaveCount(1);
  await expect(app.getByTestId('ticket-facts').getByTestId('ticket-status')).toHaveText('Offen');
  await expect(app.getByTestId('reply-reopens')).toHaveCount(0);

  // offline: the reply waits, and goes out exactly once when the sandbox is back
  const port = Number(new URL(sandbox.url).port);
  await sandbox.stop();
  let restarted: Running | null = null;
  try {
    await expect(app.getByTestId('offline-banner')).toBeVisible({ timeout: 30_000 });
    await app.getByLabel('Ihre Antwort').fill('Offline geschrieben, bitte trotzdem lesen.');
    await app.getByRole('button', { name: 'Antwort senden' }).click();
    const pending = app.getByTestId('pending-reply');
    await expect(pending).toContainText('Offline geschrieben');
    await expect(pending.getByTestId('pending-state')).toHaveText('Wird gesendet, sobald online.');
    await expectAccessible(app);

    restarted = await startSandbox(sandboxDir, port);
    await expect(pending).toHaveCount(0, { timeout: 30_000 });
    const offline = messages.filter({ hasText: 'Offline geschrieben' });
    await expect(offline).toHaveCount(1);
    // read afresh from the server: still once
    await app.reload();
    await expect(app.getByRole('heading', { name: SUBJECT, level: 2 })).toBeVisible();
    await expect(offline).toHaveCount(1);
    await expect(messages).toHaveCount(5);
  } finally {
    await restarted?.stop();
  }
});
