/**
 * The page cache's reads of the database: the page generation (one row by primary key, read on
 * every cacheable request) and the facts for the clock bound (read when a page is stored,
 * remembered per generation). Read-only.
 */
import type Database from 'better-sqlite3';
import { averageCutoff } from '../../app/domain/reviews';
import type { OpeningPeriod } from '../../app/domain/opening-hours';
import { openingBoundaries, type ClockFacts } from './validity';

interface Statements {
  generation: Database.Statement<[], number>;
  periods: Database.Statement<[], { weekday: number; opensAt: string; closesAt: string }>;
  oldestCounted: Database.Statement<[number], number | null>;
  youngestExpired: Database.Statement<[number], number | null>;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let found = prepared.get(sqlite);
  if (!found) {
    found = {
      generation: sqlite.prepare<[], number>('SELECT value FROM page_generation WHERE id = 1').pluck(),
      periods: sqlite.prepare('SELECT DISTINCT weekday, opens_at AS opensAt, closes_at AS closesAt FROM schedules'),
      oldestCounted: sqlite.prepare<[number], number | null>("SELECT min(created_at) FROM reviews WHERE status = 'published' AND created_at >= ?").pluck(),
      youngestExpired: sqlite.prepare<[number], number | null>("SELECT max(created_at) FROM reviews WHERE status = 'published' AND created_at < ?").pluck(),
    };
    prepared.set(sqlite, found);
  }
  return found;
}

/** The current page generation; null when the database has none (not migrated): then nothing is cached. */
export function readGeneration(sqlite: Database.Database): number | null {
  const value = statements(sqlite).generation.get();
  return typeof value === 'number' ? value : null;
}

const boundariesByGeneration = new WeakMap<Database.Database, { generation: number; boundaries: number[] }>();

/** The facts for the clock bound at `at`, for the database state of `generation`. */
export function readClockFacts(sqlite: Database.Database, generation: number, at: Date): ClockFacts {
  const own = statements(sqlite);
  let remembered = boundariesByGeneration.get(sqlite);
  if (remembered?.generation !== generation) {
    const periods: OpeningPeriod[] = own.periods.all();
    remembered = { generation, boundaries: openingBoundaries(periods) };
    boundariesByGeneration.set(sqlite, remembered);
  }
  const cutoff = averageCutoff(at);
  return {
    openingBoundaries: remembered.boundaries,
    oldestCountedReview: own.oldestCounted.get(cutoff) ?? null,
    youngestExpiredReview: own.youngestExpired.get(cutoff) ?? null,
  };
}
