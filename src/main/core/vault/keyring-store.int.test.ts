// The vault against a real Secret Service: gnome-keyring in a D-Bus session
// (npm test runs this file through scripts/with-keyring.sh, as CI does).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openSecretStore } from './keyring-store';

const service = 'de.cmo.kundencenter.test';
const profile = `vault-test-${randomUUID()}`;
const warnings: string[] = [];
const log = {
  info: () => undefined,
  error: () => undefined,
  warn: (m: string) => void warnings.push(m),
};

afterEach(async () => {
  const store = await openSecretStore({ service, profile, log });
  await store.delete('refresh');
});

describe('vault on the OS keychain', () => {
  it('is a real keychain here, not the in-memory fallback', async () => {
    const store = await openSecretStore({ service, profile, log });
    expect(warnings).toEqual([]);
    expect(store.kind).toBe('keychain');
  });

  it('keeps a secret across processes, in the Secret Service (not the kernel keyring)', async () => {
    const store = await openSecretStore({ service, profile, log });
    await store.set('refresh', 'kcr_secret-value');
    // another process, as after an app restart
    const script = `require('@napi-rs/keyring'); const { Entry } = require('@napi-rs/keyring');
      process.stdout.write(new Entry(${JSON.stringify(service)}, ${JSON.stringify(`${profile}:refresh`)},
        { linux: { store: 'secret-service' } }).getPassword() ?? 'none')`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe(
      'kcr_secret-value',
    );
    // and the desktop's own tool sees it where a logout cannot wipe it
    const viaSecretTool = execFileSync(
      'secret-tool',
      ['lookup', 'service', service, 'username', `${profile}:refresh`],
      {
        encoding: 'utf8',
      },
    );
    expect(viaSecretTool.trim()).toBe('kcr_secret-value');
  });

  it('keeps profiles apart and deletes for real', async () => {
    const store = await openSecretStore({ service, profile, log });
    const other = await openSecretStore({ service, profile: `${profile}-other`, log });
    await store.set('refresh', 'mine');
    expect(await other.get('refresh')).toBeNull();
    await store.delete('refresh');
    expect(await store.get('refresh')).toBeNull();
    await expect(store.delete('refresh')).resolves.toBeUndefined();
  });

  it('falls back to memory, with a warning, when told there is no keychain', async () => {
    const messages: string[] = [];
    const store = await openSecretStore({
      service,
      profile,
      force: 'memory',
      log: { ...log, warn: (m: string) => void messages.push(m) },
    });
    expect(store.kind).toBe('memory');
    expect(messages.join()).toMatch(/memory/);
  });
});
