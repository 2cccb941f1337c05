/**
 * Imports postcode centroids (PC4) for "near me" from a CSV file. See docs/postcodes.md.
 *
 *   npx tsx scripts/import-postcodes.ts <file.csv> [--database data/sociale-kaart.db] [--replace] [--dry-run]
 *
 * The whole file is checked first; one bad row and nothing is written. Otherwise all rows are
 * written in one transaction (added or updated; with --replace, centroids that are not in the
 * file are removed). A running server picks the new centroids up at once (they are read per
 * request).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../db/client';
import { importPostcodeCentroids } from '../app/models/search.server';
import { parseCentroidCsv } from '../app/domain/csv/postcode-centroids';

const usage = 'Usage: npx tsx scripts/import-postcodes.ts <file.csv> [--database path] [--replace] [--dry-run]';
const MAX_BYTES = 20 * 1024 * 1024;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        database: { type: 'string', default: process.env.DATABASE_PATH ?? 'data/sociale-kaart.db' },
        replace: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return;
  }
  const file = positionals[0];
  if (!file) fail(usage);
  if (!existsSync(file)) fail(`No such file: ${file}`);
  if (statSync(file).size > MAX_BYTES) fail(`${file} is larger than 20 MB; a PC4 file has about 4,000 rows and is far smaller.`);
  const buffer = readFileSync(file);
  if (buffer.includes(0)) fail(`${file} is not a text file.`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);

  const { rows, errors } = parseCentroidCsv(text);
  if (errors.length > 0) {
    console.error(`${file}: ${errors.length} row(s) with errors; nothing was imported.`);
    for (const error of errors.slice(0, 50)) console.error(`  line ${error.line}: ${error.message}`);
    if (errors.length > 50) console.error(`  … and ${errors.length - 50} more`);
    process.exit(1);
  }

  const db = openDatabase(values.database);
  migrateDatabase(db);
  const result = importPostcodeCentroids(db, rows, { replace: values.replace, dryRun: values['dry-run'] });
  db.$client.close();
  const verb = values['dry-run'] ? 'Would import' : 'Imported';
  console.log(
    `${verb} ${rows.length} postcode centroids into ${values.database}: ${result.inserted} new, ${result.updated} changed, ${result.unchanged} unchanged${values.replace ? `, ${result.removed} removed` : ''}.`,
  );
}

main();
