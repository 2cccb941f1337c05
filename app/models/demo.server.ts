/**
 * Whether this database is the demo municipality. Until the database carries its own demo marker,
 * a database that holds every demo account of the seed counts as a demo. One function, so the
 * marker can replace this test in one place.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { demoAccounts } from '../../db/seed/generate';

const demoEmails = demoAccounts.map((account) => account.email);

export function isDemoDatabase(db: Db): boolean {
  const found = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users).where(inArray(users.email, demoEmails)).get()?.n ?? 0;
  return found === demoEmails.length;
}

/** One of the seed's demo accounts (with the published demo password). */
export function isDemoAccount(email: string): boolean {
  return demoEmails.includes(email.toLowerCase());
}
