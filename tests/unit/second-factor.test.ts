/**
 * The second factor's pure rules and the TOTP/recovery-code helpers: the ±1 step window, codes
 * that work once, recovery-code hashing, the secret's encryption, who must enrol, and the
 * per-account-and-source sign-in throttle with its owner alert.
 */
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  acceptableStep,
  formatRecoveryCode,
  looksLikeTotp,
  normalizeRecoveryCode,
  parseRequiredRoles,
  RECOVERY_CODE_COUNT,
  stepAfterPassword,
  timeStep,
} from '../../app/domain/second-factor';
import { delayAfter, ownerAlertDue, OWNER_ALERT_FAILURES, secondsUntilNextAttempt } from '../../app/domain/sign-in-throttle';
import { EnvError, parseEnv } from '../../app/env.server';
import { decryptSecret, encryptSecret, groupSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, qrCodeSvg, totpCode, verifyTotp } from '../../app/lib/totp.server';

const NOW = new Date('2026-11-23T10:00:15Z');
const SESSION_SECRET = 'x'.repeat(40);

describe('TOTP', () => {
  const secret = newTotpSecret();
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

  it('makes a 160-bit base32 secret and an otpauth address apps read', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = otpauthUri(secret, 'medewerker@example.nl', 'Sociale Kaart Gemeente Vlietstede');
    const parsed = OTPAuth.URI.parse(uri) as OTPAuth.TOTP;
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
    expect(parsed.secret.base32).toBe(secret);
    expect(parsed.digits).toBe(6);
    expect(parsed.period).toBe(30);
    expect(groupSecret(secret).split(' ')).toHaveLength(8);
  });

  it('accepts the code of now and of the 30 seconds before and after, not further away', () => {
    expect(verifyTotp(secret, totpCode(secret, NOW), NOW, null)).toBe(timeStep(NOW.getTime() / 1000));
    expect(verifyTotp(secret, totpCode(secret, at(-30)), NOW, null)).toBe(timeStep(NOW.getTime() / 1000) - 1);
    expect(verifyTotp(secret, totpCode(secret, at(30)), NOW, null)).toBe(timeStep(NOW.getTime() / 1000) + 1);
    expect(verifyTotp(secret, totpCode(secret, at(-60)), NOW, null)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(60)), NOW, null)).toBeNull();
  });

  it('accepts a code once: not again, and no older one after it', () => {
    const step = verifyTotp(secret, totpCode(secret, NOW), NOW, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, NOW), NOW, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(-30)), NOW, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(30)), NOW, step)).toBe(step! + 1);
  });

  it('refuses anything that is not six digits, and codes of another secret', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5']) expect(verifyTotp(secret, code, NOW, null)).toBeNull();
    expect(verifyTotp(secret, totpCode(newTotpSecret(), NOW), NOW, null)).toBeNull();
    // Spaces the way apps show a code ("123 456") are fine.
    const code = totpCode(secret, NOW);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, NOW, null)).not.toBeNull();
  });

  it('applies the window and the replay rule', () => {
    expect(acceptableStep(0, 90, null)).toBe(3);
    expect(acceptableStep(2, 90, null)).toBeNull();
    expect(acceptableStep(null, 90, null)).toBeNull();
    expect(acceptableStep(0, 90, 3)).toBeNull();
    expect(acceptableStep(1, 90, 3)).toBe(4);
  });

  it('draws the QR code as SVG on the server', async () => {
    const svg = await qrCodeSvg(otpauthUri(secret, 'a@example.nl', 'Sociale Kaart'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('the secret at rest', () => {
  it('is encrypted, bound to the user and to SESSION_SECRET', () => {
    const secret = newTotpSecret();
    const stored = encryptSecret(secret, 7, SESSION_SECRET);
    expect(stored).not.toContain(secret);
    expect(encryptSecret(secret, 7, SESSION_SECRET)).not.toBe(stored);
    expect(decryptSecret(stored, 7, SESSION_SECRET)).toBe(secret);
    expect(decryptSecret(stored, 8, SESSION_SECRET)).toBeNull();
    expect(decryptSecret(stored, 7, 'y'.repeat(40))).toBeNull();
    const parts = stored.split('.');
    const data = parts[3]!;
    const tampered = [...parts.slice(0, 3), (data[0] === 'A' ? 'B' : 'A') + data.slice(1)].join('.');
    expect(decryptSecret(tampered, 7, SESSION_SECRET)).toBeNull();
    expect(decryptSecret('rommel', 7, SESSION_SECRET)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten different codes of 16 base32 characters, shown in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{16}$/);
    expect(formatRecoveryCode('ABCDEFGHJKLMNPQR')).toBe('ABCD-EFGH-JKLM-NPQR');
  });

  it('hash the same however they are typed, differently per account, never as the code itself', () => {
    const code = 'ABCDEFGHJKLMNPQR';
    const hash = hashRecoveryCode(3, code);
    expect(hash).not.toContain(code);
    expect(hashRecoveryCode(3, 'abcd-efgh-jklm-npqr')).toBe(hash);
    expect(hashRecoveryCode(3, ' abcd efgh jklm npqr ')).toBe(hash);
    expect(hashRecoveryCode(4, code)).not.toBe(hash);
    expect(hashRecoveryCode(3, 'ABCDEFGHJKLMNPQS')).not.toBe(hash);
    expect(normalizeRecoveryCode('ab-cd ef')).toBe('ABCDEF');
  });

  it('are told apart from app codes', () => {
    expect(looksLikeTotp('123456')).toBe(true);
    expect(looksLikeTotp('123 456')).toBe(true);
    expect(looksLikeTotp('ABCD-EFGH-JKLM-NPQR')).toBe(false);
    expect(looksLikeTotp('1234567')).toBe(false);
  });
});

describe('who must set up a second factor', () => {
  const required = ['admin', 'contract_manager', 'staff'] as const;

  it('asks an enrolled account for its code, makes a required role enrol, leaves others alone', () => {
    expect(stepAfterPassword({ role: 'citizen', enrolled: true, requiredRoles: required, exempt: false })).toBe('code');
    expect(stepAfterPassword({ role: 'staff', enrolled: false, requiredRoles: required, exempt: false })).toBe('enrol');
    expect(stepAfterPassword({ role: 'admin', enrolled: false, requiredRoles: required, exempt: false })).toBe('enrol');
    expect(stepAfterPassword({ role: 'staff', enrolled: false, requiredRoles: required, exempt: true })).toBeNull();
    expect(stepAfterPassword({ role: 'provider', enrolled: false, requiredRoles: required, exempt: false })).toBeNull();
    expect(stepAfterPassword({ role: 'staff', enrolled: true, requiredRoles: required, exempt: true })).toBe('code');
  });

  it('reads MFA_REQUIRED_ROLES: the default, a list, none, and a typo stops the server', () => {
    expect(parseRequiredRoles('admin, staff')).toEqual(['admin', 'staff']);
    expect(parseRequiredRoles('admin,beheerder')).toEqual({ unknown: ['beheerder'] });
    const base = { SESSION_SECRET, DATABASE_PATH: ':memory:' };
    expect(parseEnv(base).MFA_REQUIRED_ROLES).toEqual(['admin', 'contract_manager', 'staff']);
    expect(parseEnv({ ...base, MFA_REQUIRED_ROLES: 'admin' }).MFA_REQUIRED_ROLES).toEqual(['admin']);
    expect(parseEnv({ ...base, MFA_REQUIRED_ROLES: 'none' }).MFA_REQUIRED_ROLES).toEqual([]);
    expect(() => parseEnv({ ...base, MFA_REQUIRED_ROLES: 'admin,beheerder' })).toThrow(EnvError);
    expect(() => parseEnv({ ...base, MFA_REQUIRED_ROLES: 'admin,beheerder' })).toThrow(/MFA_REQUIRED_ROLES: unknown role\(s\): beheerder/);
  });
});

describe('the sign-in throttle', () => {
  it('lets five failures go free, then waits 30 s doubling up to 15 minutes', () => {
    expect([4, 5, 6, 7, 20].map(delayAfter)).toEqual([0, 30, 60, 120, 900]);
    const t = 10_000;
    expect(secondsUntilNextAttempt([t - 40, t - 30, t - 20, t - 10], t)).toBe(0);
    expect(secondsUntilNextAttempt([t - 40, t - 30, t - 20, t - 10, t - 5], t)).toBe(25);
    // Failures older than the 15-minute window do not count.
    expect(secondsUntilNextAttempt([t - 2000, t - 1990, t - 1980, t - 1970, t - 5], t)).toBe(0);
  });

  it('warns the owner once a period, at a much higher count than the slowdown', () => {
    expect(OWNER_ALERT_FAILURES).toBeGreaterThanOrEqual(4 * 5);
    expect(ownerAlertDue(OWNER_ALERT_FAILURES - 1, 0)).toBe(false);
    expect(ownerAlertDue(OWNER_ALERT_FAILURES, 0)).toBe(true);
    expect(ownerAlertDue(OWNER_ALERT_FAILURES + 5, 1)).toBe(false);
  });
});
