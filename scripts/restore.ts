/**
 * `npm run restore FILE [--yes]`: puts a backup in place of the database. Stop the server first.
 * Checks the file's integrity and migration level (a file from a newer version is refused), asks
 * for confirmation in a terminal (`--yes` for scripts; without a terminal and without `--yes` it
 * refuses), keeps the current database aside under a timestamped name, and swaps the file in.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { EnvError, parseEnv } from '../app/env.server';
import { systemClock } from '../app/domain/clock';
import { BackupError, checkRestorable, restoreDatabase } from '../db/backup';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { yes: { type: 'boolean', short: 'y' } } });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: npm run restore -- FILE [--yes]');
    process.exit(2);
  }
  const env = parseEnv();
  const source = resolve(file);
  const { level } = checkRestorable(source);
  console.log(`${source}: integrity_check ok; ${level.applied} of ${level.known} migrations applied${level.older ? ' (the rest are applied at the next start)' : ''}.`);
  if (!values.yes) {
    if (!process.stdin.isTTY) {
      console.error('Not a terminal: add --yes to restore without asking. Nothing was changed.');
      process.exit(1);
    }
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`Replace the database at ${resolve(env.DATABASE_PATH)} with this file? The current one is kept aside. [y/N] `);
    rl.close();
    if (!/^(y|yes|j|ja)$/i.test(answer.trim())) {
      console.log('Nothing was changed.');
      return;
    }
  }
  const result = restoreDatabase(source, env.DATABASE_PATH, systemClock.now());
  console.log(`Restored ${source} to ${result.restored}.`);
  if (result.keptAside) console.log(`The previous database is kept at ${result.keptAside}.`);
  console.log('Start the server again (npm start); it applies any missing migrations.');
}

main().catch((error) => {
  if (error instanceof BackupError || error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
