/**
 * The database check at start (before migrations): the file opens, passes `PRAGMA quick_check`,
 * can be written (not read-only, not locked by another process) and the disk has room. Each
 * problem is one clear sentence for the operator — never a stack trace.
 */
import { existsSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { unavailableReason } from '../../app/utils/database-errors.server';

/** Below this much free space the server does not start. */
export const MIN_FREE_BYTES = 20 * 1024 * 1024;

function explain(path: string, error: unknown): string {
  const reason = unavailableReason(error);
  const detail = (error as Error).message;
  switch (reason) {
    case 'corrupt':
      return `The database ${path} is damaged (${detail}). Restore the latest backup: npm run restore -- FILE (docs/operations.md).`;
    case 'readonly':
      return `The database ${path} is read-only (${detail}). The server needs to write to the file and to its directory (for the -wal and -shm files): check the owner and permissions.`;
    case 'busy':
      return `The database ${path} is locked by another process (${detail}). Is another server, a restore or a sqlite3 shell using it?`;
    case 'full':
      return `The disk holding ${path} is full (${detail}). Make room and start again.`;
    case 'cantopen':
      return `The database ${path} cannot be opened (${detail}). Check that the file and its directory exist and may be read and written.`;
    default:
      return `The database ${path} cannot be used: ${detail}`;
  }
}

/** null when the database may be used, else the message that explains why not. */
export function checkDatabaseAtStart(databasePath: string): string | null {
  if (databasePath === ':memory:') return null;
  const path = resolve(databasePath);
  try {
    const { bavail, bsize } = statfsSync(existsSync(path) ? path : dirname(path));
    if (bavail * bsize < MIN_FREE_BYTES) {
      return `The disk holding ${path} is (nearly) full: ${Math.round((bavail * bsize) / 1024)} KB free, at least ${MIN_FREE_BYTES / 1024 / 1024} MB needed. Make room and start again.`;
    }
  } catch {
    // The directory does not exist yet: it is created with the database.
  }
  if (!existsSync(path)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 2000 });
    const rows = db.pragma('quick_check') as Record<string, string>[];
    const result = rows.map((row) => String(Object.values(row)[0]));
    if (!(result.length === 1 && result[0] === 'ok')) {
      return `The database ${path} is damaged (quick_check: ${result.slice(0, 3).join('; ')}). Restore the latest backup: npm run restore -- FILE (docs/operations.md).`;
    }
    // A write that changes nothing: fails when the file or directory is read-only, locked or the disk full.
    const version = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${Number(version)}`);
    return null;
  } catch (error) {
    return explain(path, error);
  } finally {
    try {
      db?.close();
    } catch {
      // closing a connection that failed to open
    }
  }
}
