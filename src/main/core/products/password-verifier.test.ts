import { describe, expect, it } from 'vitest';
import { createVerifier, verifyPassword } from './password-verifier';

// at the real scrypt cost, which a busy machine may take seconds over
describe('local password verifier', { timeout: 30_000 }, () => {
  const password = 'Demo-Passwort-2026';

  it('accepts the right password and refuses a wrong one', async () => {
    const verifier = await createVerifier(password);
    expect(await verifyPassword(verifier, password)).toBe(true);
    expect(await verifyPassword(verifier, 'demo-passwort-2026')).toBe(false);
    expect(await verifyPassword(verifier, `${password} `)).toBe(false);
    expect(await verifyPassword(verifier, '')).toBe(false);
  });

  it('keeps no trace of the password, and a fresh salt each time', async () => {
    const first = await createVerifier(password);
    const second = await createVerifier(password);
    const stored = JSON.stringify(first);
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(Buffer.from(password).toString('base64'));
    expect(stored).not.toContain(Buffer.from(password).toString('hex'));
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(Buffer.from(first.salt, 'base64')).toHaveLength(16);
  });

  it('refuses a verifier it does not know how to read', async () => {
    const verifier = await createVerifier(password);
    expect(await verifyPassword({ ...verifier, version: 2 as 1 }, password)).toBe(false);
  });
});
