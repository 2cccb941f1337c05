/**
 * Password hashing with scrypt (memory-hard, from node:crypto) in the stored form of
 * app/domain/password-hash.ts: a random salt per password, and constant-time verification.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { encodePasswordHash, PASSWORD_KEY_LENGTH, SCRYPT_MAXMEM, SCRYPT_OPTIONS } from '../domain/password-hash';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolvePromise(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return encodePasswordHash(salt, await scrypt(password.normalize('NFKC'), salt, PASSWORD_KEY_LENGTH, SCRYPT_OPTIONS));
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, rr, pp, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !rr || !pp || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const key = await scrypt(password.normalize('NFKC'), Buffer.from(saltText, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
    maxmem: SCRYPT_MAXMEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
