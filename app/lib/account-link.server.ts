/**
 * One-time links for invitations and password resets, without a table: the token carries the
 * purpose, the user and an expiry, signed with an HMAC over those and the user's current
 * password hash and e-mail. Setting a password changes the hash, so a used link stops working;
 * so does a link for an e-mail address that was changed, or for a disabled account.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '../env.server';
import { unixSeconds } from '../domain/clock';

export const linkPurposes = ['invitation', 'password_reset'] as const;
export type LinkPurpose = (typeof linkPurposes)[number];

/** How long a link stays valid, in seconds. */
export const linkLifetimes: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * 60 * 60,
  password_reset: 60 * 60,
};

const prefixes: Record<LinkPurpose, string> = { invitation: 'i', password_reset: 'r' };

export interface LinkSubject {
  id: number;
  email: string;
  passwordHash: string | null;
  disabledAt: Date | null;
}

function signature(purpose: LinkPurpose, userId: number, expires: number, subject: LinkSubject): Buffer {
  return createHmac('sha256', getEnv().SESSION_SECRET)
    .update(['account-link', purpose, userId, expires, subject.email, subject.passwordHash ?? '-', subject.disabledAt ? 'disabled' : 'active'].join('|'))
    .digest();
}

export function createAccountToken(purpose: LinkPurpose, subject: LinkSubject, now: Date): { token: string; expiresAt: Date } {
  const expires = unixSeconds(now) + linkLifetimes[purpose];
  const token = `${prefixes[purpose]}.${subject.id}.${expires}.${signature(purpose, subject.id, expires, subject).toString('base64url')}`;
  return { token, expiresAt: new Date(expires * 1000) };
}

/** The user id a token claims, when it is well formed for `purpose` (not yet verified). */
export function tokenUserId(token: string, purpose: LinkPurpose): number | null {
  const match = /^([ir])\.(\d{1,12})\.(\d{10,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || match[1] !== prefixes[purpose]) return null;
  return Number(match[2]);
}

/** Whether the token is valid now for this purpose and this user in its current state. */
export function verifyAccountToken(token: string, purpose: LinkPurpose, subject: LinkSubject, now: Date): boolean {
  const userId = tokenUserId(token, purpose);
  if (userId === null || userId !== subject.id || subject.disabledAt) return false;
  const [, , expiresText = '', sig = ''] = token.split('.');
  const expires = Number(expiresText);
  if (!(expires > now.getTime() / 1000)) return false;
  const expected = signature(purpose, userId, expires, subject);
  const given = Buffer.from(sig, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
