/**
 * Whether this process's live search index (index.server.ts) is in step with the database when
 * other processes write too: other workers of the cluster, a CSV import, a `scripts/` tool
 * (ADR 019). Triggers (migration 0006_search_generation) count every change of the tables the
 * index is built from in one row: `catalogue` for the search documents, `reviews` for the marks.
 * Before a search the index reads that row (one primary-key read) and compares it with the
 * values it was built or last brought in step at:
 *
 *   catalogue moved → rebuild;   only reviews moved → reload the marks;   nothing → as it is.
 *
 * Own writes are applied by the index at once, without a rebuild (catalogue-events.server.ts).
 * Their generation is then taken as seen — but only when no other connection has committed
 * anything since the index was last in step: SQLite's `PRAGMA data_version` of this connection
 * moves exactly when another connection commits, so an unchanged value proves every counted
 * change since was this process's own, which its listener has just applied. Otherwise the next
 * search rebuilds (safe, at worst once too often).
 */
import type Database from 'better-sqlite3';

/** Tables the search documents are read from (app/models/search.server.ts listSearchDocuments). */
export const catalogueTables = [
  'organizations',
  'services',
  'products',
  'service_languages',
  'service_at_locations',
  'locations',
  'districts',
  'schedules',
] as const;

/** Tables the index's review summaries are read from (app/models/catalogue.server.ts reviewSummaries). */
export const reviewTables = ['reviews'] as const;

const events = ['insert', 'update', 'delete'] as const;

/** The SQL of the triggers (as appended to migration 0006; kept here to regenerate and to test). */
export function searchTriggerSql(): string {
  const counted = [...catalogueTables.map((table) => [table, 'catalogue'] as const), ...reviewTables.map((table) => [table, 'reviews'] as const)];
  return counted
    .flatMap(([table, column]) =>
      events.map(
        (event) =>
          `CREATE TRIGGER search_generation_${table}_${event} AFTER ${event.toUpperCase()} ON ${table}\nBEGIN\n  UPDATE search_generation SET ${column} = ${column} + 1 WHERE id = 1;\nEND;`,
      ),
    )
    .join('\n--> statement-breakpoint\n');
}

export interface SearchGeneration {
  catalogue: number;
  reviews: number;
}

const statements = new WeakMap<Database.Database, Database.Statement>();

/** The counters as committed now (null before migration 0006, e.g. an old backup being restored). */
export function readSearchGeneration(sqlite: Database.Database): SearchGeneration | null {
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('SELECT catalogue, reviews FROM search_generation WHERE id = 1');
    statements.set(sqlite, statement);
  }
  return (statement.get() as SearchGeneration | undefined) ?? null;
}

const dataVersionStatements = new WeakMap<Database.Database, Database.Statement>();

/** SQLite's `data_version` of this connection, through a statement prepared once (`pragma()` prepares one per call). */
function dataVersion(sqlite: Database.Database): number {
  let statement = dataVersionStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('PRAGMA data_version').pluck();
    dataVersionStatements.set(sqlite, statement);
  }
  return statement.get() as number;
}

export type Staleness = 'none' | 'reviews' | 'catalogue';

/** What one process's index has seen of the counters. */
export class SearchFreshness {
  private seen: SearchGeneration | null = null;
  private seenDataVersion = -1;

  /** Call before reading the database to build the index: the index holds at least these changes. */
  building(sqlite: Database.Database): void {
    this.seenDataVersion = dataVersion(sqlite);
    this.seen = readSearchGeneration(sqlite);
  }

  /** What moved since the index was built or last brought in step; the caller then brings it up to date (rebuild, or reload the marks). */
  check(sqlite: Database.Database): Staleness {
    // data_version first: a commit between the two reads makes a later own-write check fail safe.
    const version = dataVersion(sqlite);
    const now = readSearchGeneration(sqlite);
    if (!now || !this.seen) return 'none';
    const staleness: Staleness = now.catalogue !== this.seen.catalogue ? 'catalogue' : now.reviews !== this.seen.reviews ? 'reviews' : 'none';
    this.seen = now;
    this.seenDataVersion = version;
    return staleness;
  }

  /**
   * After this process applied its own announced write to the index: the counters move on
   * without a rebuild when no other connection committed since the index was last in step.
   */
  appliedOwnWrite(sqlite: Database.Database): void {
    if (!this.seen || dataVersion(sqlite) !== this.seenDataVersion) return;
    this.seen = readSearchGeneration(sqlite);
  }
}
