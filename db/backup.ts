/**
 * Online backup and restore of the SQLite database.
 *
 * Backup uses SQLite's backup API (better-sqlite3's `db.backup()`): it reads a consistent
 * snapshot while the server keeps serving and writing (WAL: readers never block writers). The
 * copy is written next to its destination as `*.partial`, switched to a single self-contained
 * file (journal_mode DELETE), checked with `PRAGMA integrity_check`, and only then renamed to its
 * final name — a file with the final name is always a verified backup.
 *
 * Restore checks the file (integrity and migration level), keeps the current database aside
 * under a timestamped name, and swaps the file in, removing the old -wal/-shm files so they can
 * never be replayed onto the restored database. It refuses while another process (the server)
 * has the database open.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrationsFolder } from './client';

export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  durationMs: number;
}

/** A timestamp usable in a file name: 20261202T235959Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Backs up `source` (an open connection, e.g. the server's own, or a path) to `destination`.
 * With the server's own connection the copy goes in small steps that yield to the event loop:
 * writes made meanwhile through that same connection are carried into the copy. With a path, a
 * separate read-only connection copies everything in one step — one consistent snapshot, without
 * restarting when another process (the server) writes meanwhile.
 */
export async function backupDatabase(source: Database.Database | string, destination: string): Promise<BackupResult> {
  const started = performance.now();
  const target = resolve(destination);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const ownConnection = typeof source === 'string';
  if (ownConnection && !existsSync(source)) throw new BackupError(`No database at ${source}.`);
  const connection = ownConnection ? new Database(source, { readonly: true, fileMustExist: true }) : source;
  let pages = 0;
  try {
    if (ownConnection) connection.pragma('busy_timeout = 5000');
    const progress = await connection.backup(partial, {
      // Own connection: all remaining pages in one step (a snapshot). Shared one: 256 pages a step.
      progress: () => (ownConnection ? 0x7fffffff : 256),
    });
    pages = progress.totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`Backup failed: ${(error as Error).message}`);
  } finally {
    if (ownConnection) connection.close();
  }
  const copy = new Database(partial);
  try {
    // One file, no -wal beside it: easy to copy, archive and restore.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const check = integrityCheck(partial);
  if (check !== 'ok') {
    rmSync(partial, { force: true });
    throw new BackupError(`The backup copy failed its integrity check: ${check}`);
  }
  fsyncFile(partial);
  renameSync(partial, target);
  fsyncDirectory(dirname(target));
  return { file: target, bytes: statSync(target).size, pages, durationMs: performance.now() - started };
}

/** `PRAGMA integrity_check` of a database file: 'ok' or the problems found. */
export function integrityCheck(path: string, kind: 'integrity_check' | 'quick_check' = 'integrity_check'): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma(kind) as Record<string, string>[];
    const messages = rows.map((row) => String(Object.values(row)[0]));
    return messages.length === 1 && messages[0] === 'ok' ? 'ok' : messages.slice(0, 5).join('; ');
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

export interface MigrationLevel {
  /** Migrations applied in the file (rows of drizzle's __drizzle_migrations). */
  applied: number;
  /** Migrations this version of the app has (db/migrations/meta/_journal.json). */
  known: number;
  /** The file has a migration this app does not know, later than its last one. */
  newer: boolean;
  /** The file misses migrations this app has (they are applied at the next start). */
  older: boolean;
}

interface JournalEntry {
  tag: string;
  when: number;
}

export function knownMigrations(folder = migrationsFolder): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

/**
 * Compares drizzle's record of applied migrations in a database file with the app's journal.
 * drizzle keeps, per applied migration, the journal's `when` as `created_at`; it applies every
 * journal entry later than the last one recorded.
 */
export function migrationLevel(path: string, folder = migrationsFolder): MigrationLevel {
  const known = knownMigrations(folder);
  const latestKnown = Math.max(0, ...known.map((entry) => entry.when));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    if (!table) throw new BackupError('This file has no migration table: it is not a Sociale Kaart database.');
    const applied = (db.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number | string }[]).map((row) => Number(row.at));
    const latestApplied = Math.max(0, ...applied);
    const knownWhens = new Set(known.map((entry) => entry.when));
    return {
      applied: applied.length,
      known: known.length,
      newer: latestApplied > latestKnown || applied.some((at) => at > latestKnown && !knownWhens.has(at)),
      older: latestApplied < latestKnown,
    };
  } finally {
    db.close();
  }
}

export interface RestoreCheck {
  integrity: string;
  level: MigrationLevel;
}

/** Everything restore checks before it touches the live database; throws BackupError when the file is unfit. */
export function checkRestorable(file: string): RestoreCheck {
  if (!existsSync(file)) throw new BackupError(`No file at ${file}.`);
  const integrity = integrityCheck(file);
  if (integrity !== 'ok') throw new BackupError(`The file fails its integrity check (${integrity}); nothing was changed.`);
  const level = migrationLevel(file);
  if (level.newer) {
    throw new BackupError(
      `The file comes from a newer version of the app (its schema has migrations this version does not know); nothing was changed. Upgrade the app first.`,
    );
  }
  return { integrity, level };
}

export interface RestoreResult {
  restored: string;
  /** Where the database that was live before now is (null when there was none). */
  keptAside: string | null;
  level: MigrationLevel;
}

/**
 * Puts `file` in place of the database at `target`. The server must be stopped: when another
 * connection has the live database open, this refuses without changing anything.
 */
export function restoreDatabase(file: string, target: string, now: Date): RestoreResult {
  const source = resolve(file);
  const live = resolve(target);
  if (source === live) throw new BackupError('The file to restore is the live database itself.');
  const { level } = checkRestorable(source);

  let keptAside: string | null = null;
  if (existsSync(live)) {
    // Leaving WAL mode needs the only connection: this fails while the server runs, and it folds
    // the -wal file into the database, so the copy kept aside is one complete file.
    const current = new Database(live, { fileMustExist: true });
    try {
      current.pragma('busy_timeout = 0');
      current.pragma('wal_checkpoint(TRUNCATE)');
      const mode = current.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') throw new BackupError('The database is in use. Stop the server first; nothing was changed.');
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`The database is in use or unreadable (${(error as Error).message}). Stop the server first; nothing was changed.`);
    } finally {
      current.close();
    }
    keptAside = `${live}.before-restore-${fileStamp(now)}`;
    renameSync(live, keptAside);
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(`${live}${suffix}`)) renameSync(`${live}${suffix}`, `${keptAside}${suffix}`);
    }
  }
  const incoming = `${live}.restoring`;
  copyFileSync(source, incoming);
  fsyncFile(incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
  renameSync(incoming, live);
  fsyncDirectory(dirname(live));
  return { restored: live, keptAside, level };
}

export interface BackupFile {
  file: string;
  mtimeMs: number;
}

/** Scheduled backups in `dir` (sociale-kaart-<stamp>.db), newest first. */
export function listScheduledBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^sociale-kaart-\d{8}T\d{6}Z\.db$/.test(name))
    .sort()
    .reverse()
    .map((name) => ({ file: join(dir, name), mtimeMs: statSync(join(dir, name)).mtimeMs }));
}

export function scheduledBackupName(dir: string, at: Date): string {
  return join(dir, `sociale-kaart-${fileStamp(at)}.db`);
}

/** Removes all but the `keep` newest scheduled backups; returns the removed files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed = listScheduledBackups(dir).slice(Math.max(1, keep));
  for (const backup of removed) rmSync(backup.file, { force: true });
  return removed.map((backup) => basename(backup.file));
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory; the rename is still atomic.
  }
}
