/**
 * Helpers for the operations tests that drive the real server over HTTP without a browser:
 * sessions minted straight into the database (the server derives their ids from the token with
 * the same SESSION_SECRET), and citizens to write reviews.
 */
import { createHmac, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { reviewDimensions } from '../../app/domain/enums';

export const SESSION_SECRET = 'operations-test-secret-0123456789abcdefghij';
export const COOKIE = '__Host-sk_session';

/** A session cookie for the user with this e-mail address (the server runs with SESSION_SECRET). */
export function mintSession(databasePath: string, email: string): string {
  const db = new Database(databasePath);
  try {
    const user = db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number } | undefined;
    if (!user) throw new Error(`no user ${email}`);
    const token = randomBytes(32).toString('base64url');
    const id = createHmac('sha256', SESSION_SECRET).update(token).digest('base64url');
    const now = Math.floor(Date.now() / 1000);
    db.prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(id, user.id, now, now, now + 3600 * 6);
    return `${COOKIE}=${token}`;
  } finally {
    db.close();
  }
}

/** `count` citizen accounts (load-N@example.nl) with a session each; returns their cookies. */
export function citizensWithSessions(databasePath: string, prefix: string, count: number): string[] {
  const db = new Database(databasePath);
  const insert = db.prepare("INSERT OR IGNORE INTO users (email, name, role) VALUES (?, ?, 'citizen')");
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`${prefix}-${i}@example.nl`, `Inwoner ${prefix} ${i}`);
  })();
  db.close();
  return Array.from({ length: count }, (_, i) => mintSession(databasePath, `${prefix}-${i}@example.nl`));
}

/** Active organisations (id and slug), in a stable order. */
export function organizations(databasePath: string, count: number): { id: string; slug: string }[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare("SELECT id, slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT ?").all(count) as { id: string; slug: string }[];
  } finally {
    db.close();
  }
}

/** Last month as YYYY-MM (a valid month of experience). */
export function lastMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export function reviewForm(index: number): URLSearchParams {
  return new URLSearchParams({
    overall: String(1 + (index % 10)),
    ...Object.fromEntries(reviewDimensions.map((d, k) => [d, String(1 + ((index + k) % 10))])),
    recommend: index % 2 ? 'yes' : 'no',
    body: `Ervaring nummer ${index}: de begeleiding was duidelijk en vriendelijk, en afspraken werden nagekomen.`,
    experienceMonth: lastMonth(),
    authorName: `Inwoner ${index}`,
    consent: 'on',
    website: '',
  });
}

export function integrity(databasePath: string): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}
