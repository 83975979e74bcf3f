import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, SCRYPT_PARAMS, verifyPassword } from './password';

// one hash at the real cost (~0.3-1 s), shared; the rest use cheaper stored parameters
let stored = '';
beforeAll(async () => {
  stored = await hashPassword('Richtig-2026!');
});

describe('password hashing (scrypt)', () => {
  it('stores a self-describing scrypt$N$r$p$salt$hash with N=2^17, r=8, p=1', () => {
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
    expect(Buffer.from(parts[4] ?? '', 'base64url')).toHaveLength(16);
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
  });

  it('verifies the right password and rejects a wrong one', async () => {
    expect(await verifyPassword('Richtig-2026!', stored)).toBe(true);
    expect(await verifyPassword('richtig-2026!', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same-Password1'),
      hashPassword('same-Password1'),
    ]);
    expect(a).not.toBe(b);
  });

  it('verifies with the parameters stored in the hash, not the current defaults', async () => {
    const older = await hashPassword('Ältere-Parameter-1', { N: 2 ** 14, r: 8, p: 1 });
    expect(older.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('Ältere-Parameter-1', older)).toBe(true);
  });

  it('treats composed and decomposed umlauts alike (NFC)', async () => {
    const umlauts = await hashPassword('Grüße-2026', { N: 2 ** 12, r: 8, p: 1 });
    expect(await verifyPassword('Gru\u0308ße-2026', umlauts)).toBe(true);
  });

  it('rejects malformed or out-of-bounds hashes instead of throwing', async () => {
    expect(parsePasswordHash('bcrypt$2b$10$abc')).toBeNull();
    expect(parsePasswordHash('scrypt$1000$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA')).toBeNull();
    expect(parsePasswordHash(`scrypt$${2 ** 24}$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA`)).toBeNull();
    expect(await verifyPassword('x', 'scrypt$oops')).toBe(false);
  });
});
