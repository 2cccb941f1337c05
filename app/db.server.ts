/**
 * The app's single database connection (opened lazily, reused across requests). It is kept on
 * globalThis: the Remix build and the Express server (scripts/) each load their own copy of this
 * module, and both must use — and at shutdown close — the one connection.
 */
import { openDatabase, type Db } from '../db/client';
import { getEnv } from './env.server';

interface SharedDb {
  db?: Db;
  closed?: boolean;
}

const shared = ((globalThis as unknown as Record<symbol, SharedDb>)[Symbol.for('sociale-kaart.db')] ??= {});

export function getDb(): Db {
  if (shared.closed) throw new Error('The database connection is closed (the server is shutting down).');
  shared.db ??= openDatabase(getEnv().DATABASE_PATH);
  return shared.db;
}

/** Checkpoints the WAL into the database file and closes the connection (at shutdown). */
export function closeDb(): { checkpointed: boolean } {
  shared.closed = true;
  const db = shared.db;
  shared.db = undefined;
  if (!db) return { checkpointed: false };
  const [result] = db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  db.$client.close();
  return { checkpointed: result?.busy === 0 };
}

export type { Db };
