/**
 * Demo facts for the models: whether this database is the demo municipality (the marker the seed
 * writes into `app_meta`, db/meta.ts) and whether an address is one of the seed's demo accounts.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appMeta } from '../../db/schema';
import { demoAccounts } from '../../db/seed/generate';

const demoEmails = demoAccounts.map((account) => account.email);

export function isDemoDatabase(db: Db): boolean {
  return db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, 'demo')).get()?.value === 'true';
}

/** One of the seed's demo accounts (with the published demo password). */
export function isDemoAccount(email: string): boolean {
  return demoEmails.includes(email.toLowerCase());
}
