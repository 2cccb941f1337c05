/**
 * The stored form of a password: scrypt (memory-hard, from node:crypto) as
 * `scrypt$N$r$p$salt$hash`, base64url, so parameters can be raised later. Deterministic for a
 * given salt, so the seed (db/seed) can write demo accounts without reaching into the app;
 * hashing with a random salt and verifying live in app/lib/password.server.ts.
 */
import { scryptSync, type ScryptOptions } from 'node:crypto';

const N = 16384;
const r = 8;
const p = 1;
export const PASSWORD_KEY_LENGTH = 32;
export const SCRYPT_MAXMEM = 64 * 1024 * 1024;
export const SCRYPT_OPTIONS: ScryptOptions = { N, r, p, maxmem: SCRYPT_MAXMEM };

export function encodePasswordHash(salt: Buffer, key: Buffer): string {
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Synchronous and with a given salt: only for deterministic seed data, never for real accounts. */
export function hashPasswordWithSaltSync(password: string, salt: Buffer): string {
  return encodePasswordHash(salt, scryptSync(password.normalize('NFKC'), salt, PASSWORD_KEY_LENGTH, SCRYPT_OPTIONS));
}
