/**
 * Shared pieces of the catalogue maintenance models (organisations, services, locations,
 * contracts, ceilings, national procurement): who is acting, write transactions, the outcome of
 * a save with optimistic locking, and marking entries verified.
 */
import { randomUUID } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import type { Db } from '../../db/client';
import type { FormValues } from '../domain/optimistic-lock';
import { contextOf } from '../load-context';
import { actorOf, audit, auditChanges, type AuditActor, type AuditEntry } from './audit.server';

export type { AuditActor };

/** The audit actor for a signed-in user (or an anonymous visitor) in this request. */
export function actorFor(user: { id: number; email: string } | null, context: AppLoadContext | undefined): AuditActor {
  const { clientIp, now } = contextOf(context);
  return actorOf(user, clientIp, now);
}

/** One audit entry by `actor`; call inside the write transaction. */
export function record(db: Db, actor: AuditActor, entry: Omit<AuditEntry, 'actor'>): void {
  audit(db, { ...entry, actor });
}

/** One audit entry per field whose value differs between `before` and `after` (keys of `after`). */
export function recordChanges(
  db: Db,
  actor: AuditActor,
  base: Omit<AuditEntry, 'actor' | 'field' | 'oldValue' | 'newValue'>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): number {
  const changes = Object.keys(after).map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
  return auditChanges(db, { ...base, actor }, changes);
}

/** Runs `fn` in one IMMEDIATE transaction: everything is written, or nothing. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

export const newId = () => randomUUID();

/** camelCase field → the snake_case column name the audit log uses. */
export const columnName = (field: string) => (field === 'address1' ? 'address_1' : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

/** The result of a save that checks the version it was based on. */
export type SaveResult =
  | { ok: true; id: string; version: number }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict'; currentVersion: number; current: FormValues }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> };

/** A field error found on the server (uniqueness, overlap, references). */
export function invalid(fieldErrors: Record<string, string[]>): SaveResult {
  return { ok: false, reason: 'invalid', fieldErrors };
}

/** A short external id for rows made in the app, so every row can round-trip through the CSV. */
export function generatedExternalId(kind: 'ORG' | 'SRV'): string {
  return `SK-${kind}-${randomUUID().slice(0, 8).toUpperCase()}`;
}

