/**
 * The registration mail's confirmation link and the invitation mail's link, followed as a
 * person would: each link is taken out of the sandbox's mail outbox, handed to the app as the
 * OS hands a kundencenter:// link, and opens its screen with the token already in place.
 */
import { handLink } from './support/deep-link';
import { DEMO, expect, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/processes';

interface Mail {
  text: string;
}

async function linkFromOutbox(apiUrl: string, to: string): Promise<string> {
  const mails = await sandboxGet<Mail[]>(apiUrl, `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`);
  const link = /kundencenter:\/\/\S+/.exec(mails.at(-1)?.text ?? '')?.[0];
  if (!link) throw new Error(`no link in the newest mail to ${to}`);
  return link;
}

async function inviteAsDemo(apiUrl: string, email: string): Promise<void> {
  const login = await fetch(new URL('/v1/auth/login', apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const invited = await fetch(new URL('/v1/users/invitations', apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ email, rights: ['contacts'] }),
  });
  if (!invited.ok) throw new Error(`invitation: ${invited.status}`);
}

test('the confirmation mail’s link confirms the address, the invitation mail’s link shows the invitation', async ({
  app,
  host,
  sandbox,
}) => {
  const email = 'link-neukunde@example.org';
  await sandboxPost(sandbox.url, '/v1/auth/register', {
    email,
    password: 'Sonnen-Blume-Fluss-2026!',
  });
  const confirm = await linkFromOutbox(sandbox.url, email);
  expect(confirm).toMatch(/^kundencenter:\/\/verify-email\?token=kce_/);
  expect(await handLink(host, confirm)).toBe(true);
  await expect(app.getByLabel('Bestätigungscode oder Link')).toHaveValue(
    decodeURIComponent(new URL(confirm).searchParams.get('token') ?? ''),
  );
  await app.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(app.getByRole('heading', { name: 'E-Mail-Adresse bestätigt' })).toBeVisible();

  const invitedEmail = 'link-eingeladen@example.org';
  await inviteAsDemo(sandbox.url, invitedEmail);
  const invitation = await linkFromOutbox(sandbox.url, invitedEmail);
  expect(invitation).toMatch(/^kundencenter:\/\/invitation\?token=kci_/);
  expect(await handLink(host, invitation)).toBe(true);
  await expect(app.getByRole('heading', { name: 'Einladung annehmen' })).toBeVisible();
  await expect(app.getByTestId('invitation-info')).toContainText(invitedEmail);
});
