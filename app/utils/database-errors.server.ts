/**
 * Database errors that make the service unavailable rather than the request wrong: a full disk,
 * a read-only or damaged database file, a database locked for too long. The server answers them
 * with a 503 page (scripts/ops/unavailable.ts); entry.server.tsx notes them for the request.
 */
import { currentRequest } from '../lib/log.server';

export type UnavailableReason = 'full' | 'readonly' | 'corrupt' | 'busy' | 'io' | 'cantopen';

/** Why a database error makes the service unavailable, or null for any other error. */
export function unavailableReason(error: unknown): UnavailableReason | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_READONLY')) return 'readonly';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'cantopen';
  return null;
}

/** Notes on the current request that the database was unavailable; returns the reason. */
export function noteDatabaseFailure(error: unknown): UnavailableReason | null {
  const reason = unavailableReason(error);
  const state = currentRequest();
  if (reason && state) state.databaseUnavailable = reason;
  return reason;
}
