/**
 * A local verifier of the account password, so an offline unlock can check it without the
 * server: scrypt over the password with a random salt. Only the salt and the derived key are
 * kept (in the encrypted cache), never the password; comparing takes the same time whatever
 * matches.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordVerifier {
  version: 1;
  salt: string;
  hash: string;
  /** scrypt cost parameters, stored so they can grow without breaking stored verifiers */
  N: number;
  r: number;
  p: number;
}

const KEY_BYTES = 32;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** about 100 ms on a laptop: cheap for one unlock, dear for guessing */
export const VERIFIER_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

function derive(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: N=2^15, r=8 needs 32 MiB, above Node's default limit
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { ...cost, maxmem: 64 * 2 ** 20 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function createVerifier(
  password: string,
  cost: ScryptCost = VERIFIER_COST,
): Promise<PasswordVerifier> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return {
    version: 1,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    N: cost.N,
    r: cost.r,
    p: cost.p,
  };
}

export async function verifyPassword(
  verifier: PasswordVerifier,
  password: string,
): Promise<boolean> {
  if (verifier.version !== 1) return false;
  const expected = Buffer.from(verifier.hash, 'base64');
  const actual = await derive(password, Buffer.from(verifier.salt, 'base64'), {
    N: verifier.N,
    r: verifier.r,
    p: verifier.p,
  });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
