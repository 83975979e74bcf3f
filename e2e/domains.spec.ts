import { expectAccessible } from './support/a11y';
import {
  dnsField,
  EXPIRING,
  FULL_ZONE,
  openRoute,
  signedInHost,
  untilSynced,
} from './support/domains';
import { expect, test } from './support/fixtures';
import { recorded, startSandbox, tempDir, type Running } from './support/processes';

// one sandbox for the whole file; each test starts its own web host(s) against it
test.describe.configure({ mode: 'serial' });
let sandbox: Running;
test.beforeAll(async () => {
  sandbox = await startSandbox(tempDir('sandbox'));
});
test.afterAll(async () => {
  await sandbox.stop();
});

test('list with search and the expiring badge; detail toggles, nameserver check, .de owner warning, auth code behind the transfer lock', async ({
  browser,
}) => {
  const { host, page, close } = await signedInHost(browser, sandbox.url);
  try {
    const main = page.getByRole('main');
    await page
      .getByRole('navigation', { name: 'Kundencenter' })
      .getByRole('link', { name: 'Domains' })
      .click();
    await expect(main.getByRole('heading', { name: 'Ihre Domains' })).toBeVisible();
    const expiring = main.getByTestId('domain-row').filter({ hasText: EXPIRING });
    await expect(expiring.getByTestId('expiring-soon')).toHaveText('läuft bald ab');
    await expectAccessible(page);

    await main.getByLabel('Domain suchen').fill('shop');
    await expect(main.getByTestId('domain-row')).toHaveCount(1);
    await main.getByLabel('Domain suchen').fill('');
    await main.getByRole('link', { name: FULL_ZONE, exact: true }).click();
    await expect(main.getByRole('heading', { name: FULL_ZONE })).toBeVisible();

    // auth code: explained while the transfer lock is on
    const generate = main.getByRole('button', { name: 'Auth-Code erzeugen' });
    await expect(generate).toBeDisabled();
    await expect(main.getByTestId('auth-code-locked')).toContainText('Transfer-Sperre');

    // toggles are saved at once
    await main.getByRole('switch', { name: 'Transfer-Sperre' }).click();
    await expect(main.getByText('Die Transfer-Sperre ist jetzt aus.')).toBeVisible();
    await main.getByRole('switch', { name: /Auto-Renew/ }).click();
    await expect(main.getByText(/Auto-Renew ist jetzt (an|aus)\./)).toBeVisible();

    // nameservers: an address is refused at the field
    const ns2 = main.getByLabel('Nameserver 2', { exact: true });
    await ns2.fill('192.0.2.1');
    await expect(ns2).toHaveAttribute('aria-invalid', 'true');
    await expect(
      main.getByText('Bitte geben Sie einen Hostnamen ein, keine IP-Adresse.'),
    ).toBeVisible();
    await expect(main.getByRole('button', { name: 'Nameserver speichern' })).toBeDisabled();
    await main.getByRole('button', { name: 'Abbrechen' }).first().click();

    // contacts: another owner of a .de domain is a holder change at DENIC
    const owner = main.getByLabel('Inhaber', { exact: true });
    const current = await owner.inputValue();
    const values = await owner
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = values.find((v) => v !== '' && v !== current)!;
    await owner.selectOption(other);
    await expect(main.getByTestId('owner-change-warning')).toContainText('Inhaberwechsel');
    await main.getByRole('button', { name: 'Kontakte speichern' }).click();
    const confirmOwner = page.getByRole('dialog', { name: 'Inhaber wirklich wechseln?' });
    await confirmOwner.getByRole('button', { name: 'Inhaber wechseln' }).click();
    await expect(main.getByText('Die Kontakte sind gespeichert.')).toBeVisible();
    await expectAccessible(page);

    // auth code: lock is off now → confirm, shown once, copy
    await expect(generate).toBeEnabled();
    await generate.click();
    await page
      .getByRole('dialog', { name: 'Neuen Auth-Code erzeugen?' })
      .getByRole('button', { name: 'Auth-Code erzeugen' })
      .click();
    const shown = page.getByRole('dialog', { name: `Auth-Code für ${FULL_ZONE}` });
    const code = (await shown.getByTestId('auth-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Za-z2-9+\-/*]{8,16}$/);
    await expect(shown).toContainText('Gültig bis');
    await shown.getByRole('button', { name: 'Auth-Code kopieren' }).click();
    await expect(shown.getByText('Kopiert')).toBeVisible();
    expect((await recorded(host)).clipboard).toBe(code);
    await shown.getByRole('button', { name: 'Schließen' }).click();
  } finally {
    await close();
  }
});

test('DNS editor: an invalid record is named at the field, fixed and saved; undo; two editors: the second save gets the conflict, re-applies and saves', async ({
  browser,
}) => {
  const first = await signedInHost(browser, sandbox.url);
  const second = await signedInHost(browser, sandbox.url);
  try {
    const route = `/domains/${FULL_ZONE}/dns`;
    for (const { page } of [first, second]) {
      await openRoute(page, route);
      await expect(page.getByRole('main').getByTestId('dns-row').first()).toBeVisible();
    }
    const page = first.page;
    const main = page.getByRole('main');
    const rows = await main.getByTestId('dns-row').count();
    await expectAccessible(page);
    // the second editor starts an edit first: while it has unsaved changes, sync does not
    // replace its zone, so its save below still names the zone before the first save
    const other = second.page;
    const otherMain = other.getByRole('main');
    await dnsField(other, 'TTL', 1).fill('7200');
    await expect(otherMain.getByTestId('dns-pending')).toHaveText('1 ungespeicherte Änderung');

    await main.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
    const row = rows + 1;
    // the new row is scrolled to and its first field has the focus
    await expect(dnsField(page, 'Typ', row)).toBeFocused();
    await expect(dnsField(page, 'Typ', row)).toBeInViewport();
    await dnsField(page, 'Name', row).fill('neu');
    await dnsField(page, 'Wert', row).fill('300.1.2.3');
    await expect(dnsField(page, 'Wert', row)).toHaveAttribute('aria-invalid', 'true');
    await expect(
      main.getByText('Das ist keine gültige IPv4-Adresse (z. B. 192.0.2.10).'),
    ).toBeVisible();
    await dnsField(page, 'Wert', row).fill('192.0.2.30');
    await expect(dnsField(page, 'Wert', row)).not.toHaveAttribute('aria-invalid');
    // undo a deletion before saving
    await main.getByRole('button', { name: 'Eintrag 1 löschen' }).click();
    await expect(main.getByTestId('dns-row')).toHaveCount(rows);
    await main.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(main.getByTestId('dns-row')).toHaveCount(rows + 1);
    await expect(main.getByTestId('dns-pending')).toHaveText('1 ungespeicherte Änderung');
    await main.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(main.getByText('Die DNS-Einträge sind gespeichert.')).toBeVisible();

    // the second editor still has the zone before that save
    await otherMain.getByRole('button', { name: 'Änderungen speichern' }).click();
    const panel = otherMain.getByRole('alert').filter({ hasText: 'Inzwischen geändert' });
    await expect(panel.getByTestId('dns-their-changes')).toContainText(
      'Hinzugefügt: A neu → 192.0.2.30',
    );
    await panel.getByRole('button', { name: 'Meine Änderungen erneut anwenden' }).click();
    await expect(otherMain.getByTestId('dns-row')).toHaveCount(rows + 1);
    await expect(dnsField(other, 'TTL', 1)).toHaveValue('7200');
    await otherMain.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(otherMain.getByText('Die DNS-Einträge sind gespeichert.')).toBeVisible();
    await expectAccessible(other);
  } finally {
    await first.close();
    await second.close();
  }
});

test('offline: the domain and its zone stay readable, editing is disabled with the reason', async ({
  browser,
}) => {
  const offlineSandbox = await startSandbox(tempDir('sandbox'));
  let stopped = false;
  const { page, close } = await signedInHost(browser, offlineSandbox.url);
  try {
    const main = page.getByRole('main');
    await openRoute(page, `/domains/${FULL_ZONE}/dns`);
    await expect(main.getByTestId('dns-row').first()).toBeVisible();
    await openRoute(page, `/domains/${FULL_ZONE}`);
    await expect(main.getByRole('switch', { name: 'Transfer-Sperre' })).toBeVisible();
    // the zone above may have come from the network while the first sync still ran
    await untilSynced(page);
    await offlineSandbox.stop();
    stopped = true;
    await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 15_000 });
    await expect(main.getByRole('switch', { name: 'Transfer-Sperre' })).toBeDisabled();
    await expect(main.getByTestId('needs-connection')).toHaveText(
      'Dafür ist eine Verbindung nötig.',
    );
    await openRoute(page, `/domains/${FULL_ZONE}/dns`);
    await expect(dnsField(page, 'Wert', 1)).toBeDisabled();
    await expect(main.getByRole('button', { name: 'Eintrag hinzufügen' })).toBeDisabled();
  } finally {
    await close();
    if (!stopped) await offlineSandbox.stop();
  }
});

test('DNS editor: a BIND zone file is checked line by line before its records are taken; the zone exported', async ({
  browser,
}) => {
  const { page, host, close } = await signedInHost(browser, sandbox.url);
  try {
    const main = page.getByRole('main');
    await openRoute(page, `/domains/${FULL_ZONE}/dns`);
    await expect(main.getByTestId('dns-row').first()).toBeVisible();
    const zone = [
      `$ORIGIN ${FULL_ZONE}.`,
      '@ 3600 IN A 203.0.113.10',
      'www IN CNAME @',
      'old IN HINFO "pc" "linux"',
      'mail IN A 300.1.2.3',
      '@ MX 10 mx1.kundencenter.example.',
    ].join('\n');
    await main.getByTestId('zone-file-input').setInputFiles({
      name: 'alt.zone',
      mimeType: 'text/plain',
      buffer: Buffer.from(zone),
    });
    const preview = main.getByTestId('zone-preview');
    await expect(preview).toContainText('4 Einträge gelesen.');
    const issues = preview.getByTestId('zone-issues').getByRole('listitem');
    await expect(issues).toHaveCount(2);
    await expect(issues.nth(0)).toContainText(
      'Zeile 4: Den Typ HINFO unterstützt der Editor nicht',
    );
    await expect(issues.nth(1)).toContainText('Zeile 5:');
    await expect(issues.nth(1)).toContainText('keine gültige IPv4-Adresse');
    // nothing is taken, let alone saved, before the person says so
    await expect(main.getByTestId('dns-pending')).toHaveText('Keine ungespeicherten Änderungen');
    await expectAccessible(page);
    await preview.getByRole('button', { name: '4 Einträge übernehmen' }).click();
    await expect(main.getByTestId('dns-row')).toHaveCount(4);
    await expect(dnsField(page, 'Wert', 3)).toHaveAttribute('aria-invalid', 'true');
    await main.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(main.getByTestId('dns-pending')).toHaveText('Keine ungespeicherten Änderungen');

    await main.getByRole('button', { name: 'Als Zonendatei exportieren' }).click();
    await expect(main.getByText('Zonendatei gespeichert.')).toBeVisible();
    const saved = (await recorded(host)).downloads ?? [];
    expect(saved.map((d) => d.name)).toContainEqual(expect.stringMatching(/\.zone$/));
  } finally {
    await close();
  }
});
