/** The app's single database connection (opened lazily, reused across requests). */
import { openDatabase, type Db } from '../db/client';
import { getEnv } from './env.server';

let db: Db | undefined;

export function getDb(): Db {
  db ??= openDatabase(getEnv().DATABASE_PATH);
  return db;
}

export type { Db };
