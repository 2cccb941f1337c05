/**
 * Password hashing with scrypt (memory-hard, from node:crypto). Stored as
 * `scrypt$N$r$p$salt$hash`, base64url, so parameters can be raised later.
 */
import { randomBytes, scrypt as scryptCallback, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolvePromise(key)));
  });
}

const OPTIONS: ScryptOptions = { N, r, p, maxmem: 64 * 1024 * 1024 };

function encode(salt: Buffer, key: Buffer): string {
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return encode(salt, await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, OPTIONS));
}

/** Synchronous and with a given salt: only for deterministic seed data, never for real accounts. */
export function hashPasswordWithSaltSync(password: string, salt: Buffer): string {
  return encode(salt, scryptSync(password.normalize('NFKC'), salt, KEY_LENGTH, OPTIONS));
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
    maxmem: 64 * 1024 * 1024,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
