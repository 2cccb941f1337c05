/**
 * Which tables the public pages read, and so which tables move the page generation
 * (db/migrations/0005_page_generation.sql has one AFTER INSERT, UPDATE and DELETE trigger per
 * table below). Every table of the database is in exactly one of the two lists; a test
 * (tests/integration/page-cache-triggers.test.ts) fails when a new table has not been placed, so
 * adding a table is a decision, not an oversight.
 */

/** Tables whose rows can change what a home, search, provider or information page shows. */
export const publicTables = [
  // The catalogue: categories, districts and postcodes (facets, distance), providers, services,
  // locations, opening hours ("open now"), identifiers, languages.
  'product_categories',
  'products',
  'districts',
  'postcode_centroids',
  'organizations',
  'organization_identifiers',
  'services',
  'service_languages',
  'locations',
  'service_at_locations',
  'schedules',
  // Contracts and national procurement decide a service's kind and labels; a reached ceiling
  // shows as "no new clients via the municipality".
  'contracts',
  'budget_ceilings',
  'national_procurements',
  // Reviews, their replies and moderation (status lives on reviews; reports feed moderation).
  'reviews',
  'review_replies',
  'review_reports',
  // The demo marker (the banner on every page).
  'app_meta',
] as const;

/**
 * Tables no anonymous public page reads: accounts and sessions (a signed-in request never uses
 * the cache), audit, private lists, staff findings, proposals not yet applied, insight records.
 * `sessions` and `users` are written on sign-in and on every signed-in request; giving them
 * triggers would empty the cache for nothing.
 */
export const privateTables = [
  'users',
  'sessions',
  'second_factors',
  'recovery_codes',
  'review_invitations',
  'staff_findings',
  'change_requests',
  'audit_log',
  'audit_log_purges',
  'shortlists',
  'shortlist_items',
  'deployments',
  'unmet_needs',
  // Bookkeeping of SQLite, the migrator and of this mechanism itself.
  'page_generation',
  'search_generation',
  'sqlite_sequence',
  '__drizzle_migrations',
] as const;

const events = ['insert', 'update', 'delete'] as const;

/** The trigger names of one table. */
export function triggerNames(table: string): string[] {
  return events.map((event) => `page_generation_${table}_${event}`);
}

/** The SQL of the triggers (as appended to the migration; kept here to regenerate and to test). */
export function triggerSql(): string {
  return publicTables
    .flatMap((table) =>
      events.map(
        (event) =>
          `CREATE TRIGGER page_generation_${table}_${event} AFTER ${event.toUpperCase()} ON ${table}\nBEGIN\n  UPDATE page_generation SET value = value + 1 WHERE id = 1;\nEND;`,
      ),
    )
    .join('\n--> statement-breakpoint\n');
}
