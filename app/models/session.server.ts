/**
 * Server-side sessions. The browser holds a random 256-bit token; the database holds only its
 * HMAC (keyed with SESSION_SECRET), so a copy of the database cannot be used to sign in.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema';
import { unixSeconds } from '../domain/clock';
import type { Role } from '../domain/enums';
import type { PendingStep } from '../domain/second-factor';
import { sessionIsAlive, sessionPolicy } from '../domain/session-policy';
import { getEnv } from '../env.server';
import { once } from './prepared.server';

/** Refresh last_seen_at at most this often (seconds), to keep reads cheap. */
const TOUCH_INTERVAL = 60;

export function sessionIdFor(token: string): string {
  const secret = getEnv().SESSION_SECRET;
  if (knownIds.secret !== secret) {
    knownIds.secret = secret;
    knownIds.ids.clear();
  }
  let id = knownIds.ids.get(token);
  if (id === undefined) {
    id = createHmac('sha256', secret).update(token).digest('base64url');
    if (knownIds.ids.size >= MAX_KNOWN_IDS) knownIds.ids.clear();
    knownIds.ids.set(token, id);
  }
  return id;
}

/**
 * Session ids of recent tokens: every signed-in request asks twice (the layout and the page), and
 * the HMAC costs more than the lookup. Bounded; emptied when full or when the secret changes.
 */
const MAX_KNOWN_IDS = 1_024;
const knownIds = { secret: '', ids: new Map<string, string>() };

export function createSession(
  db: Db,
  user: { id: number; role: Role },
  meta: { ip?: string | null; userAgent?: string | null; now: Date },
): { token: string; expiresAt: Date; maxAgeSeconds: number } {
  const token = randomBytes(32).toString('base64url');
  const now = unixSeconds(meta.now);
  const maxAgeSeconds = sessionPolicy(user.role).absoluteSeconds;
  const expiresAt = new Date((now + maxAgeSeconds) * 1000);
  db.insert(sessions)
    .values({
      id: sessionIdFor(token),
      userId: user.id,
      createdAt: new Date(now * 1000),
      lastSeenAt: new Date(now * 1000),
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, expiresAt, maxAgeSeconds };
}

export interface SessionUser {
  sessionId: string;
  id: number;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
}

/**
 * The session of a token joined with its user, or null (no token, an implausible one, or no such
 * session). The one lookup behind a signed-in user and a sign-in still waiting for its second factor.
 */
export function sessionWithUser(db: Db, token: string | undefined) {
  const row = sessionRow(db, token);
  if (!row) return null;
  return {
    ...row,
    createdAt: new Date(row.createdAt * 1000),
    lastSeenAt: new Date(row.lastSeenAt * 1000),
    expiresAt: new Date(row.expiresAt * 1000),
    disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt * 1000),
  };
}

/** The lookup with its moments in unix seconds, as stored (no dates made and read back per request). */
function sessionRow(db: Db, token: string | undefined): SessionRow | null {
  if (!token || token.length > 100) return null;
  return (sessionLookup(db).get(sessionIdFor(token)) as SessionRow | undefined) ?? null;
}

interface SessionRow {
  sessionId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  pendingStep: PendingStep | null;
  id: number;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  disabledAt: number | null;
}

/** Built once per connection: it runs on every signed-in request (app/models/prepared.server.ts). */
const sessionLookup = once((db: Db) =>
  db.$client.prepare(
    `SELECT s.id AS sessionId, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt, s.pending_step AS pendingStep,
            u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.organization_id AS organizationId, u.disabled_at AS disabledAt
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ?`,
  ),
);

/** The signed-in user for a token, or null when the session is unknown, expired or disabled. */
export function getSessionUser(db: Db, token: string | undefined, at: Date): SessionUser | null {
  const row = sessionRow(db, token);
  if (!row) return null;
  const id = row.sessionId;
  const now = unixSeconds(at);
  const alive = !row.disabledAt && sessionIsAlive({ createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt }, row.role, now);
  if (!alive) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  // The password was right but the second factor is still due: no access (ADR 012).
  if (row.pendingStep) return null;
  if (now - row.lastSeenAt > TOUCH_INTERVAL) {
    db.update(sessions).set({ lastSeenAt: new Date(now * 1000) }).where(eq(sessions.id, id)).run();
  }
  return { sessionId: row.sessionId, id: row.id, email: row.email, name: row.name, role: row.role, organizationId: row.organizationId };
}

export function deleteSessionByToken(db: Db, token: string | undefined): void {
  if (token) db.delete(sessions).where(eq(sessions.id, sessionIdFor(token))).run();
}

export function deleteSession(db: Db, userId: number, sessionId: string): boolean {
  return db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId))).run().changes > 0;
}

/** Ends every session of a user (sign-out everywhere, account disabled, role changed). */
export function deleteUserSessions(db: Db, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

export function listUserSessions(db: Db, userId: number) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt))
    .all();
}

/** Removes sessions past their absolute expiry (idle ones go when they are next presented). */
export function deleteExpiredSessions(db: Db, now: Date): number {
  return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
