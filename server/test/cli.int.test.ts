import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cli,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  login,
  MFA_EMAIL,
  startTestServer,
  tempDir,
  type Schemas,
  type TestServer,
  containing,
  REPO_ROOT,
} from './helpers';

// The server runs in this process on the real clock; the CLI works on the same folder.
let s: TestServer;
let dataDir = '';
beforeAll(async () => {
  dataDir = tempDir('kc-cli-');
  s = await startTestServer({ dataDir, now: Date.now });
});
afterAll(async () => {
  await s.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sandbox CLI', () => {
  it('totp prints the code the server accepts', async () => {
    const mfa = await login(s, MFA_EMAIL, DEMO_PASSWORD);
    expect(mfa.body.status).toBe('mfaRequired');
    const res = await cli(['totp', MFA_EMAIL, '--data', dataDir]);
    expect(res.code).toBe(0);
    const code = res.stdout.trim();
    expect(code).toMatch(/^\d{6}$/);
    const ok = await s.call('POST', '/v1/auth/mfa', { mfaToken: mfa.body.mfaToken, code });
    expect(ok.status).toBe(200);
  });

  it('totp fails for a user without two-factor authentication', async () => {
    const res = await cli(['totp', DEMO_EMAIL, '--data', dataDir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(DEMO_EMAIL);
  });

  it('outbox prints the reset mail (KC_SANDBOX_DATA works as --data)', async () => {
    await s.call('POST', '/v1/auth/password/forgot', { email: DEMO_EMAIL });
    const res = await cli(['outbox', '--to', DEMO_EMAIL], { KC_SANDBOX_DATA: dataDir });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`To: ${DEMO_EMAIL}`);
    expect(res.stdout).toMatch(/kundencenter:\/\/reset-password\?token=[\w-]{43}/);
    const none = await cli(['outbox', '--to', MFA_EMAIL, '--data', dataDir]);
    expect(none.stdout).toContain('no mails');
  });

  it('account changes the account and records a change', async () => {
    const { accessToken = '' } = (await login(s, DEMO_EMAIL, DEMO_PASSWORD)).body;
    const auth = { authorization: `Bearer ${accessToken}` };
    type Page = Schemas['ChangesPage'];
    const { cursor } = (await s.call<Page>('GET', '/v1/changes', undefined, auth)).body;
    const res = await cli([
      'account',
      DEMO_EMAIL,
      '--company',
      'CLI Hosting KG',
      '--data',
      dataDir,
    ]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ company: 'CLI Hosting KG' });
    const account = await s.call<Schemas['Account']>('GET', '/v1/account', undefined, auth);
    expect(account.body.company).toBe('CLI Hosting KG');
    const feed = await s.call<Page>('GET', `/v1/changes?cursor=${cursor}`, undefined, auth);
    expect(feed.body.changes).toEqual([containing({ resource: 'account', id: 'K-100234' })]);
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const res = await cli(['fly', '--data', dataDir]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Usage: npm run sandbox');
  });

  it('serve prints KC_SANDBOX_READY and stops cleanly on SIGTERM', async () => {
    // a second server on the same (seeded) folder: WAL lets both work
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli.ts', 'serve', '--port', '0', '--data', dataDir],
      { cwd: REPO_ROOT },
    );
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const match = /^KC_SANDBOX_READY (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stdout}`)));
    });
    expect(stdout).toContain(DEMO_EMAIL);
    expect(stdout).toMatch(/Secret: [A-Z2-7]{32}/);
    const health = await fetch(`${url}/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
