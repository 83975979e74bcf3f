/**
 * Plaintext search of the profile. After a full sync, a credential revealed, a SEPA mandate
 * given (the IBAN typed), and a ticket reply with an 800 KB attachment queued while offline
 * (through window.kc, as the app sends it), the web host is stopped and every secret and
 * personal value the run saw is searched for in its data folder (cache, outbox, settings,
 * downloads), in its log output and in the keychain's files: as UTF-8, UTF-16LE, base64 and
 * URL-encoded. 0 hits. The keychain files are searched too: gnome-keyring keeps them
 * encrypted with the login password, so a secret in them in the clear is a leak as well.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CACHE_KEY_SECRET } from '../src/main/core/store/encrypted-cache';
import { SESSION_SECRET } from '../src/main/core/session/session';
import { openSecretStore } from '../src/main/core/vault/keyring-store';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { filesUnder, needlesOf, readPlaces, search, type Needle } from './support/plaintext';
import { openContract, openProducts } from './support/products';

const TICKET = 'tkt_demo_100234_1';
const IBAN = 'DE02120300000000202051';
const HOLDER = 'Kerstin Leckmann-Vogelsang';
const REPLY = 'Unsere Buchhaltung erreichen Sie unter 0341 9988776, Frau Oberschwester Quendel.';
const ATTACHMENT_LINE =
  'Vertrauliches Serverprotokoll von Quendel & Partner, Zugang qz-7781-geheim\n';

/** window.kc.invoke in the page: the app's own bridge, answers as the renderer gets them */
async function invoke<T>(app: Page, channel: string, input?: unknown): Promise<T> {
  const result = await app.evaluate(
    ([name, value]) =>
      (
        globalThis as unknown as {
          kc: { invoke(c: string, i?: unknown): Promise<{ ok: boolean; data?: unknown }> };
        }
      ).kc.invoke(name, value),
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.data as T;
}

/** The strings of an answer worth keeping secret: text of a person, not codes or dates. */
function personalStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const plainCode = /^[a-z_]+$/.test(value) || /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value);
    if (value.length >= 8 && !plainCode) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) personalStrings(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) personalStrings(item, out);
  }
  return out;
}

test('no secret or personal value of the run is on disk in the clear', async ({
  app,
  host,
  sandbox,
  appDir,
}) => {
  test.slow();
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();
  await expect
    .poll(async () => {
      const status = await invoke<{ syncing: boolean; lastSyncedAt: string | null }>(
        app,
        'sync:status',
      );
      return !status.syncing && status.lastSyncedAt !== null;
    })
    .toBe(true);

  // a credential revealed after the step-up
  await openProducts(app);
  await openContract(app, 'Webhosting Business');
  await app.getByRole('link', { name: 'Zugangsdaten anzeigen' }).click();
  await app.getByLabel('Passwort Ihres Kundenkontos', { exact: true }).fill(DEMO.password);
  await app.getByRole('button', { name: 'Entsperren' }).click();
  const panel = app.getByTestId('credential').filter({ hasText: 'Kundenpanel' });
  await panel.getByRole('button', { name: 'Passwort von Kundenpanel anzeigen' }).click();
  await expect(panel.getByTestId('credential-password')).not.toContainText('•');
  const credentialSecret = (await panel.getByTestId('credential-password').textContent())!.trim();

  // an IBAN typed for a mandate (the demo account may hold one already)
  const mandates = await invoke<{ data: { mandates: { id: string; status: string }[] } } | null>(
    app,
    'sepa:mandates',
  );
  for (const mandate of mandates?.data.mandates ?? []) {
    if (mandate.status === 'active') await invoke(app, 'sepa:revoke', { id: mandate.id });
  }
  await invoke(app, 'sepa:create', {
    accountHolder: HOLDER,
    iban: IBAN,
    consent: true,
    password: DEMO.password,
  });

  // everything personal the app shows, as the renderer received it
  const seen = new Set<string>();
  const tickets = await invoke<{ data: { id: string }[] } | null>(app, 'tickets:list');
  const answers: unknown[] = [
    await invoke(app, 'account:get'),
    await invoke(app, 'me:get'),
    await invoke(app, 'contacts:list'),
    await invoke(app, 'team:get'),
    await invoke(app, 'billing:emails'),
    await invoke(app, 'payment:methods'),
    await invoke(app, 'sepa:mandates'),
    await invoke(app, 'contracts:list'),
    tickets,
  ];
  for (const ticket of tickets?.data ?? []) {
    answers.push(await invoke(app, 'tickets:get', { id: ticket.id }));
  }
  for (const answer of answers) personalStrings(answer, seen);

  // offline: a reply with an 800 KB attachment waits in the outbox
  await sandbox.stop();
  await expect
    .poll(async () => (await invoke<{ online: boolean }>(app, 'sync:status')).online, {
      timeout: 30_000,
    })
    .toBe(false);
  const attachment = ATTACHMENT_LINE.repeat(Math.ceil((800 * 1024) / ATTACHMENT_LINE.length));
  const queued = await invoke<{ state: string; attachments: { size: number }[] }>(
    app,
    'tickets:reply',
    {
      ticketId: TICKET,
      body: REPLY,
      attachments: [
        {
          fileName: 'serverprotokoll.txt',
          mimeType: 'text/plain',
          base64: Buffer.from(attachment).toString('base64'),
        },
      ],
    },
  );
  expect(queued.state).toBe('pending');

  expect(queued.attachments[0]!.size).toBeGreaterThanOrEqual(800 * 1024);
  await host.stop();

  // the keychain's own copy of the refresh token and the cache key: not on disk in the clear
  const secrets = await openSecretStore({
    service: 'de.cmo.kundencenter',
    profile: createHash('sha256').update(appDir).digest('hex').slice(0, 16),
  });
  // right after the host's exit the Secret Service may answer "nothing" for a moment
  let session: string | null = null;
  let cacheKey: string | null = null;
  await expect
    .poll(async () => {
      session = await secrets.get(SESSION_SECRET);
      cacheKey = await secrets.get(CACHE_KEY_SECRET);
      return Boolean(session && cacheKey);
    })
    .toBe(true);

  const needles: Needle[] = [
    ...needlesOf('account password', DEMO.password),
    ...needlesOf('credential secret', credentialSecret),
    ...needlesOf('IBAN', IBAN),
    ...needlesOf('account holder', HOLDER),
    ...needlesOf('queued reply', REPLY),
    ...needlesOf('attachment text', ATTACHMENT_LINE.trim()),
    ...needlesOf('cache key', cacheKey!),
    { label: 'cache key', encoding: 'raw', bytes: Buffer.from(cacheKey!, 'base64') },
    ...[...personalStrings(JSON.parse(session!))].flatMap((token) => needlesOf('session', token)),
    ...[...seen].flatMap((value, index) => needlesOf(`shown value ${index}`, value)),
  ];
  const keyrings = join(process.env.XDG_DATA_HOME ?? '', 'keyrings');
  const files = [...filesUnder(appDir), ...filesUnder(keyrings)];
  const places = [
    ...readPlaces(files),
    { where: 'web host log', bytes: Buffer.from(host.output.join('\n')) },
  ];

  // the search finds what is there: the same values written in the clear are all found
  const control = Buffer.concat(needles.map((needle) => needle.bytes));
  expect(search([{ where: 'control', bytes: control }], needles)).toHaveLength(needles.length);

  const hits = search(places, needles);
  if (process.env.KC_SOAK === '1') {
    const bytes = places.reduce((sum, place) => sum + place.bytes.length, 0);
    console.log(
      `plaintext search: ${new Set(needles.map((n) => n.label)).size} values, ${needles.length} encoded forms, ${places.length} files (${bytes} bytes), ${hits.length} hits`,
    );
  }
  // the search covered the sealed cache and the keychain's own files
  expect(files.some((file) => file.endsWith('.kc'))).toBe(true);
  expect(files.some((file) => file.startsWith(keyrings))).toBe(true);
  expect(hits).toEqual([]);
});
