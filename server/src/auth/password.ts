/**
 * Password hashing with scrypt (N=2^17, r=8, p=1), stored self-describing as
 * `scrypt$N$r$p$salt$hash` (base64url) so the parameters can be raised later without
 * invalidating existing hashes. Always asynchronous: a hash takes ~0.3 s and 128 MiB.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const MAXMEM = 256 * 1024 * 1024;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** NFC so the same password typed on macOS and Windows (umlauts) hashes the same. */
function normalize(password: string): string {
  return password.normalize('NFC');
}

export async function hashPassword(
  password: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(normalize(password), salt, KEY_BYTES, {
    ...params,
    maxmem: MAXMEM,
  });
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

interface Parsed extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

export function parsePasswordHash(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, salt, key] = parts;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  const isPow2 = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  // bounds keep a tampered row from making verification allocate unbounded memory
  if (!isPow2 || N > 2 ** 20 || !Number.isInteger(R) || R < 1 || R > 32) return null;
  if (!Number.isInteger(P) || P < 1 || P > 16 || !salt || !key) return null;
  const keyBuf = Buffer.from(key, 'base64url');
  if (keyBuf.length < 16) return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, 'base64url'), key: keyBuf };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const candidate = await scryptAsync(normalize(password), salt, key.length, {
    N,
    r,
    p,
    maxmem: MAXMEM,
  });
  return timingSafeEqual(candidate, key);
}
