/**
 * "Verbindung testen" through the web host (Node's network stack) against real failures on
 * loopback: the sandbox answering, a closed port, and a TLS server whose self-signed
 * certificate is made here; on the settings screen and where sign-in failed for want of a
 * connection.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { startWebHost, tempDir } from './support/processes';

async function tryConnection(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verbindung testen' }).click();
}

test('settings name the stack and its proxy; the test finds the sandbox answering', async ({
  app,
  sandbox,
}) => {
  const host = new URL(sandbox.url).host;
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();
  await app.getByRole('link', { name: 'Einstellungen' }).click();
  const network = app.getByTestId('network');
  await expect(network).toContainText('Der Web-Host verbindet sich über Node.js');
  await expect(app.getByTestId('network-proxy')).toHaveText(
    `Proxy für ${host}: keiner (direkte Verbindung)`,
  );
  await tryConnection(app);
  await expect(app.getByTestId('connection-result')).toHaveText(
    `Verbindung in Ordnung: ${host} antwortet (HTTP-Status 200).`,
  );
  await expectAccessible(app);
});

test('where sign-in finds no connection, the test says what failed: closed port, untrusted TLS', async ({
  page,
}) => {
  // a port nothing listens on any more
  const closed = createHttp();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));

  const refusing = await startWebHost(`http://127.0.0.1:${closedPort}`, tempDir('app'));
  try {
    await page.goto(refusing.url);
    await signIn(page, DEMO);
    await expect(page.getByRole('alert')).toContainText('Der Server ist nicht erreichbar');
    // what was typed stays
    await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue(DEMO.email);
    await tryConnection(page);
    await expect(page.getByTestId('connection-result')).toHaveText(
      '127.0.0.1 nimmt keine Verbindung an: Der Server ist nicht erreichbar, oder eine Firewall blockiert die Verbindung.',
    );
    await expectAccessible(page);
  } finally {
    await refusing.stop();
  }

  // a TLS server whose certificate nobody vouches for
  const dir = tempDir('tls');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-days', '1', '-subj', '/CN=Proxy-Prüfstelle/O=Beispiel AG'],
      ...['-addext', 'subjectAltName=IP:127.0.0.1', '-utf8'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
  const tls = createHttps(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_request, response) => response.end('{}'),
  );
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = (tls.address() as AddressInfo).port;
  const untrusted = await startWebHost(`https://127.0.0.1:${tlsPort}`, tempDir('app'));
  try {
    await page.goto(untrusted.url);
    await signIn(page, DEMO);
    await expect(page.getByRole('alert')).toContainText('Der Server ist nicht erreichbar');
    await tryConnection(page);
    await expect(page.getByTestId('connection-result')).toHaveText(
      'Dem Zertifikat von 127.0.0.1 wird nicht vertraut (TLS). Ausgestellt von: Proxy-Prüfstelle (Beispiel AG).',
    );
  } finally {
    await untrusted.stop();
    await new Promise((resolve) => tls.close(resolve));
  }
});
