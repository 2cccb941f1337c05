/**
 * The rules of the second factor (TOTP, RFC 6238, and recovery codes), pure so they can be
 * tested without a database or a clock. See docs/decisions/012-mfa.md.
 */
import type { Role } from './enums';
import { roles } from './enums';

/** Seconds per code, digits per code: what every authenticator app uses by default. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** A code of the previous or the next 30 seconds is accepted too (clock drift on the phone). */
export const TOTP_WINDOW = 1;
/** Recovery codes handed out at enrolment, each usable once. */
export const RECOVERY_CODE_COUNT = 10;
/** Characters of a recovery code (base32: 5 bits each, so 80 random bits). */
export const RECOVERY_CODE_LENGTH = 16;
/** A sign-in waiting for the second factor ends after this many seconds. */
export const PENDING_SIGN_IN_SECONDS = 10 * 60;

export type PendingStep = 'code' | 'enrol';

/** The 30-second step an instant falls in. */
export function timeStep(nowSeconds: number): number {
  return Math.floor(nowSeconds / TOTP_PERIOD_SECONDS);
}

/**
 * Whether a code that matched `delta` steps away from now may be accepted: inside the window,
 * and newer than the last accepted step (a code, once used, does not work again — not even a
 * second time within its own 30 seconds).
 */
export function acceptableStep(delta: number | null, nowSeconds: number, lastUsedStep: number | null): number | null {
  if (delta === null || Math.abs(delta) > TOTP_WINDOW) return null;
  const step = timeStep(nowSeconds) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

/** What the person typed, without spaces: six digits is a code from the app. */
export function looksLikeTotp(input: string): boolean {
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(input.replace(/\s+/g, ''));
}

export function normalizeTotp(input: string): string {
  return input.replace(/\s+/g, '');
}

/** A recovery code as typed (any case, with or without dashes and spaces) in its stored form. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** A recovery code shown in groups of four: ABCD-EFGH-JKLM-NPQR. */
export function formatRecoveryCode(code: string): string {
  return normalizeRecoveryCode(code).match(/.{1,4}/g)?.join('-') ?? '';
}

/** `MFA_REQUIRED_ROLES` ("admin,contract_manager,staff", or empty for nobody) as a list of roles. */
export function parseRequiredRoles(text: string): Role[] | { unknown: string[] } {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const unknown = parts.filter((part) => !(roles as readonly string[]).includes(part));
  if (unknown.length) return { unknown };
  return [...new Set(parts)] as Role[];
}

/**
 * What follows a correct password: the code from the app when a second factor is set up; setting
 * one up when the role requires it (unless exempt: a demo account in a demo database); or
 * nothing.
 */
export function stepAfterPassword(input: { role: Role; enrolled: boolean; requiredRoles: readonly Role[]; exempt: boolean }): PendingStep | null {
  if (input.enrolled) return 'code';
  if (input.requiredRoles.includes(input.role) && !input.exempt) return 'enrol';
  return null;
}
