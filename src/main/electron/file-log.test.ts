import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileLogger } from './file-log';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu';
const REFRESH = 'rt_4mB9xQ2vL7pN0sK3wE8yT1uH6jF5gD2cA9zR';
const PASSWORD = 'Demo-Passwort-2026';
const IBAN = 'DE89370400440532013000';
const IBAN_PRINTED = 'DE89 3704 0044 0532 0130 00';

describe('the shell log file (electron-log, real file transport)', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-log-'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes what happened and never a token, a password or an IBAN', async () => {
    const file = join(dir, 'main.log');
    const instance = electronLog.create({ logId: `test-${Date.now()}` });
    const log = createFileLogger(instance, { file });
    instance.transports.console.level = false;

    log.info('session: signed in', { email: 'demo@kundencenter.example' });
    log.warn(`api: 401 for Authorization: Bearer ${JWT}`, { refreshToken: REFRESH });
    log.error('login failed', { body: { email: 'demo@kundencenter.example', password: PASSWORD } });
    log.info(`sepa: mandate for ${IBAN_PRINTED} stored`, { iban: IBAN, mandate: 'sm_1' });
    log.warn('odd payload', { nested: { deeper: { access_token: JWT, note: `pw=${PASSWORD}` } } });
    log.error('refresh failed', { error: new Error(`reuse of ${REFRESH} detected`) });

    await vi.waitFor(async () => {
      expect(await readFile(file, 'utf8')).toContain('refresh failed');
    });
    const written = await readFile(file, 'utf8');
    for (const secret of [JWT, REFRESH, PASSWORD, IBAN, IBAN_PRINTED, '0532 0130']) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain('session: signed in');
    expect(written).toContain('demo@kundencenter.example');
    expect(written).toContain('sm_1');
    expect(written.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(6);
  });
});
