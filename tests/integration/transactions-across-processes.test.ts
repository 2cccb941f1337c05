/**
 * Several server processes write one database file (ADR 019). The app's transactions
 * (db/client.ts) take SQLite's write lock at BEGIN, so a check-then-write transaction — a TOTP
 * step that may be used once, an invitation code — cannot interleave with another process's
 * write: the other waits (here: gives up at once), instead of both passing the check or this one
 * failing with SQLITE_BUSY after reading a state that is no longer current.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';

const path = process.env.DATABASE_PATH!;
const db = openDatabase(path);
const other = new Database(path);
other.pragma('busy_timeout = 0');
afterAll(() => {
  other.close();
  db.$client.close();
});

const nameOf = (id: string) => db.$client.prepare('SELECT name FROM services WHERE id = ?').pluck().get(id) as string;

describe('a transaction of the app', () => {
  it('holds the write lock from its first read: another process cannot commit in between', () => {
    const id = db.$client.prepare('SELECT id FROM services ORDER BY id LIMIT 1').pluck().get() as string;
    const result = db.transaction(() => {
      const before = db.$client.prepare('SELECT name FROM services WHERE id = ?').pluck().get(id) as string;
      // Another process tries to change the row this transaction has just read.
      let refused: unknown = null;
      try {
        other.prepare("UPDATE services SET name = 'Tussendoor' WHERE id = ?").run(id);
      } catch (error) {
        refused = error;
      }
      db.$client.prepare('UPDATE services SET name = ? WHERE id = ?').run(`${before} (gecontroleerd)`, id);
      return { before, refused };
    });
    expect((result.refused as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    expect(nameOf(id)).toBe(`${result.before} (gecontroleerd)`);
  });

  it('still lets another process write once it has committed', () => {
    const id = db.$client.prepare('SELECT id FROM services ORDER BY id LIMIT 1').pluck().get() as string;
    db.transaction(() => db.$client.prepare('SELECT name FROM services WHERE id = ?').get(id));
    other.prepare("UPDATE services SET name = 'Daarna' WHERE id = ?").run(id);
    expect(nameOf(id)).toBe('Daarna');
  });
});
