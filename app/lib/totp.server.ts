/**
 * TOTP through the `otpauth` library, the QR code through `qrcode` (drawn here as SVG, no
 * external service), the secret encrypted at rest and recovery codes hashed. See ADR 012.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { acceptableStep, RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH, normalizeRecoveryCode, normalizeTotp, TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW } from '../domain/second-factor';

/** A new random secret of 160 bits (RFC 4226's recommended length), as base32. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = '', issuer = 'Sociale Kaart'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, account: string, issuer: string): string {
  return totp(secretBase32, account, issuer).toString();
}

/** The code for an instant (tests, and nothing else in the app). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * Checks a code at `now`: the 30-second step it was accepted for, or null (wrong, outside the
 * window of ±1 step, or a step at or before the last one accepted).
 */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  const token = normalizeTotp(code);
  if (!/^\d+$/.test(token) || token.length !== TOTP_DIGITS) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW });
  return acceptableStep(delta, Math.floor(now.getTime() / 1000), lastUsedStep);
}

/** The QR code of `text` as an SVG document, drawn on the server. */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Secret groups of four for reading aloud or typing: "ABCD EFGH …". */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(' ') ?? '';
}

// ---------------------------------------------------------------------------------------------
// The secret at rest
// ---------------------------------------------------------------------------------------------

function keyFrom(sessionSecret: string): Buffer {
  return createHmac('sha256', sessionSecret).update('sociale-kaart/totp-secret/v1').digest();
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url; bound to the user id. */
export function encryptSecret(secretBase32: string, userId: number, sessionSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(sessionSecret), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const data = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/** The secret, or null when it cannot be read (another SESSION_SECRET, another user, tampered). */
export function decryptSecret(stored: string, userId: number, sessionSecret: string): string | null {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(sessionSecret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Recovery codes
// ---------------------------------------------------------------------------------------------

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `RECOVERY_CODE_COUNT` new codes of 80 random bits each, in their stored (normalized) form. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(RECOVERY_CODE_LENGTH);
    return Array.from(bytes, (b) => BASE32[b & 31]).join('');
  });
}

/**
 * SHA-256 over the user id and the normalized code. A fast hash is enough for 80 random bits
 * (unlike a password, it cannot be guessed from a list); the user id keeps equal codes of two
 * accounts apart.
 */
export function hashRecoveryCode(userId: number, code: string): string {
  return createHash('sha256').update(`${userId}:${normalizeRecoveryCode(code)}`).digest('base64url');
}
