/**
 * The live session of a request, for counting a signed-in visitor per session rather than per
 * address. Only a session that exists, has not expired and belongs to an enabled account counts:
 * an invented cookie value gets the visitor counted by address like anyone else. Read-only (the
 * app itself touches and ends sessions).
 */
import type Database from 'better-sqlite3';
import { parse } from 'cookie';
import { getDb } from '../../app/db.server';
import { sessionIdFor } from '../../app/models/session.server';

const statements = new WeakMap<Database.Database, Database.Statement>();

function lookup(): Database.Statement {
  const sqlite = getDb().$client;
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare(
      'SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ? AND u.disabled_at IS NULL',
    );
    statements.set(sqlite, statement);
  }
  return statement;
}

/** The session id (the HMAC of the token, never the token) of a live session, or null. */
export function liveSessionId(cookieHeader: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): string | null {
  if (!cookieHeader) return null;
  let cookies: Record<string, string | undefined>;
  try {
    cookies = parse(cookieHeader);
  } catch {
    return null;
  }
  const token = cookies['__Host-sk_session'] ?? cookies.sk_session;
  if (!token || token.length > 100) return null;
  const id = sessionIdFor(token);
  return lookup().get(id, nowSeconds) ? id : null;
}
